package vn.thidua.eligibility.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.eligibility.web.ApiTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

@ApiTest
class AccessRulesTest {

    private static final String CHALLENGE = "Basic realm=\"cchc-eligibility\"";

    @Autowired
    MockMvc mvc;

    /**
     * Real paths for each rule of {@link SecurityConfiguration#apiSecurity}, with the roles on both
     * sides of it, so that removing or widening any one rule changes one of these answers. An allowed
     * call carries a body that is not JSON or an id that does not exist (400, 404): nothing changes.
     */
    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            // every user changes their own password (before the users rule)
            "POST, /api/users/me/password,                            auditor, 400",
            "POST, /api/users/me/password,                            staff,   400",
            // the users: ADMIN
            "GET,  /api/users,                                        auditor, 403",
            "GET,  /api/users,                                        staff,   403",
            "GET,  /api/users,                                        admin,   200",
            "HEAD, /api/users,                                        auditor, 403",
            "POST, /api/users/nobody/unlock,                          staff,   403",
            // the audit log: ADMIN and AUDITOR
            "GET,  /api/audit,                                        auditor, 200",
            "GET,  /api/audit,                                        admin,   200",
            "GET,  /api/audit,                                        staff,   403",
            // every role reads
            "GET,  /api/runs,                                         auditor, 200",
            "GET,  /api/rulesets,                                     staff,   200",
            "HEAD, /api/runs,                                         auditor, 200",
            // replaying changes nothing: auditors too
            "POST, /api/runs/999999/replay,                           auditor, 404",
            // facts and runs: ADMIN and STAFF
            "POST, /api/runs,                                         staff,   400",
            "POST, /api/runs,                                         auditor, 403",
            "POST, /api/facts,                                        staff,   400",
            "POST, /api/facts,                                        auditor, 403",
            // the Office compiles the proposal list: ADMIN and STAFF
            "POST, /api/proposals,                                    staff,   400",
            "POST, /api/proposals,                                    auditor, 403",
            "POST, /api/proposals/999999/entries,                     staff,   400",
            "POST, /api/proposals/999999/submit,                      staff,   404",
            "POST, /api/proposals/999999/submit,                      auditor, 403",
            "PUT,  /api/proposals/999999/entries/PERSON/X/note,       staff,   400",
            "PUT,  /api/proposals/999999/entries/PERSON/X/note,       auditor, 403",
            // the rest: ADMIN (the Council's review and decision, revocations, rule sets)
            "POST, /api/proposals/999999/review,                      staff,   403",
            "POST, /api/proposals/999999/review,                      admin,   400",
            "POST, /api/proposals/999999/decision,                    staff,   403",
            "POST, /api/proposals/999999/entries/PERSON/X/revocation, staff,   403",
            "POST, /api/rulesets,                                     staff,   403",
            "POST, /api/rulesets,                                     admin,   400",
            "POST, /api/rulesets/1/activate,                          staff,   403",
    })
    void eachApiRuleLetsInItsRolesAndNoOther(String method, String path, String user, int expected) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path).with(as(user))
                        .contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().is(expected));
    }

    /**
     * The same for {@link SecurityConfiguration#pageSecurity}: pages post with a CSRF token, and an
     * anonymous visitor of a page that needs a login is sent to it.
     */
    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            // open to all: the API's documentation, the login pages, style and icon
            "GET,  /v3/api-docs,                            anonymous, 200",
            "GET,  /swagger-ui.html,                        anonymous, 302",
            "GET,  /swagger-ui/index.html,                  anonymous, 200",
            "GET,  /login,                                  anonymous, 200",
            "GET,  /css/app.css,                            anonymous, 200",
            "GET,  /favicon.svg,                            anonymous, 200",
            "GET,  /runs,                                   anonymous, 302",
            // every user changes their own password: an empty form comes back with its errors
            "POST, /password,                               auditor,   200",
            "POST, /password,                               staff,     200",
            // the users and the rule editor: ADMIN
            "GET,  /users,                                  staff,     403",
            "GET,  /users,                                  auditor,   403",
            "GET,  /users,                                  admin,     200",
            "GET,  /rulesets/1/edit,                        staff,     403",
            "GET,  /rulesets/1/edit,                        admin,     200",
            // the audit log: ADMIN and AUDITOR
            "GET,  /audit,                                  auditor,   200",
            "GET,  /audit,                                  staff,     403",
            // every role reads the other pages
            "GET,  /runs,                                   auditor,   200",
            "GET,  /rulesets/1,                             auditor,   200",
            "HEAD, /runs,                                   auditor,   200",
            // facts and runs: ADMIN and STAFF
            "POST, /runs,                                   staff,     200",
            "POST, /runs,                                   auditor,   403",
            "POST, /facts/import,                           staff,     400",
            "POST, /facts/import,                           auditor,   403",
            // the Office compiles the proposal list: ADMIN and STAFF
            "POST, /proposals,                              staff,     400",
            "POST, /proposals,                              auditor,   403",
            "POST, /proposals/999999/entries,               staff,     404",
            "POST, /proposals/999999/entries/PERSON/X/note, staff,     404",
            "POST, /proposals/999999/entries/PERSON/X/note, auditor,   403",
            "POST, /proposals/999999/submit,                staff,     404",
            "POST, /proposals/999999/submit,                auditor,   403",
            // the rest: ADMIN
            "POST, /proposals/999999/review,                staff,     403",
            "POST, /proposals/999999/review,                admin,     404",
            "POST, /rulesets/1/activate,                    staff,     403",
            "POST, /users/nobody/unlock,                    staff,     403",
    })
    void eachPageRuleLetsInItsRolesAndNoOther(String method, String path, String role, int expected) throws Exception {
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method), path)
                .accept(MediaType.TEXT_HTML, MediaType.ALL).with(csrf());
        if (!role.equals("anonymous")) {
            call.with(user(role).roles(role.toUpperCase(Locale.ROOT)));
        }
        mvc.perform(call).andExpect(status().is(expected));
    }

    @Test
    void anonymousCallersAreChallengedWithJson() throws Exception {
        for (var call : new RequestBuilder[]{get("/api/runs"), post("/api/facts"), get("/api/users")}) {
            mvc.perform(call)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", CHALLENGE))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.detail").isNotEmpty())
                    .andExpect(jsonPath("$.errors", empty()));
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsUnauthorized() throws Exception {
        mvc.perform(get("/api/runs").with(httpBasic("auditor", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", CHALLENGE))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/runs").with(httpBasic("nobody", TestAccounts.AUDITOR_PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void theWrongRoleIsForbiddenWithJson() throws Exception {
        mvc.perform(post("/api/facts").with(as("auditor")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail", containsString("POST /api/facts")))
                .andExpect(jsonPath("$.errors", empty()));
        mvc.perform(post("/api/users").with(as("staff"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sneaky\",\"password\":\"long-enough-pw\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    /** No session and no CSRF token: each API call carries its credentials. */
    @Test
    void theApiIsStatelessWithoutCsrf() throws Exception {
        MvcResult result = mvc.perform(post("/api/facts").with(as("staff")))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void pathsOutsideTheApiNeedALoginExceptHealthAndDocs() throws Exception {
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/actuator/info").with(as("auditor"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }
}
