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
import vn.thidua.eligibility.web.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @CsvSource({
            "GET,    /api/probe,           auditor, 200",
            "GET,    /api/probe,           staff,   200",
            "GET,    /api/probe,           admin,   200",
            "HEAD,   /api/probe,           auditor, 200",
            "HEAD,   /api/users,           auditor, 403",
            "POST,   /api/facts/probe,     auditor, 403",
            "POST,   /api/facts,           auditor, 403",
            "POST,   /api/facts/probe,     staff,   200",
            "POST,   /api/facts/probe,     admin,   200",
            "PUT,    /api/facts/probe,     staff,   403",
            "PUT,    /api/facts/probe,     admin,   200",
            "POST,   /api/runs/probe,      auditor, 403",
            "POST,   /api/runs/probe,      staff,   200",
            "POST,   /api/runs/probe,      admin,   200",
            "GET,    /api/users,           auditor, 403",
            "GET,    /api/users,           staff,   403",
            "GET,    /api/users,           admin,   200",
            "DELETE, /api/rule-sets/probe, auditor, 403",
            "DELETE, /api/rule-sets/probe, staff,   403",
            "DELETE, /api/rule-sets/probe, admin,   200",
            "PUT,    /api/rule-sets/probe, staff,   403",
    })
    void eachRoleReachesWhatItMay(String method, String path, String user, int expected) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path).with(as(user)))
                .andExpect(status().is(expected));
    }

    @Test
    void theCallerIsKnownByName() throws Exception {
        mvc.perform(post("/api/runs/probe").with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(content().string("staff"));
    }

    @Test
    void anonymousCallersAreChallengedWithJson() throws Exception {
        for (var call : new RequestBuilder[]{get("/api/probe"), post("/api/facts/probe"), get("/api/users")}) {
            mvc.perform(call)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", CHALLENGE))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.message").isNotEmpty())
                    .andExpect(jsonPath("$.errors", empty()));
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsUnauthorized() throws Exception {
        mvc.perform(get("/api/probe").with(httpBasic("auditor", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", CHALLENGE))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/probe").with(httpBasic("nobody", TestAccounts.AUDITOR_PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void theWrongRoleIsForbiddenWithJson() throws Exception {
        mvc.perform(post("/api/facts/probe").with(as("auditor")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.message", containsString("POST /api/facts/probe")))
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
        MvcResult result = mvc.perform(post("/api/facts/probe").with(as("staff")))
                .andExpect(status().isOk())
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
