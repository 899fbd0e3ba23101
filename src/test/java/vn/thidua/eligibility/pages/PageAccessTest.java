package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.security.TestAccounts;
import vn.thidua.eligibility.web.ApiTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages' security rules, quickly, without a browser: the browser tests walk the same paths for real. */
@ApiTest
class PageAccessTest {
    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/runs", "/runs/1", "/facts/import"})
    void anonymousVisitorsAreSentToTheLoginPage(String page) throws Exception {
        mvc.perform(get(page).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theLoginPageIsInVietnameseByDefaultAndInEnglishOnRequest() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Username")));
    }

    @Test
    void formLoginChecksThePasswordAndLogoutEndsTheSession() throws Exception {
        mvc.perform(formLogin().user("staff").password(TestAccounts.STAFF_PASSWORD))
                .andExpect(authenticated().withUsername("staff").withRoles("STAFF"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("staff").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
    }

    /** The token lives in the session: a form without it is what a page left open past the session's end sends. */
    @Test
    void aFormWithoutItsCsrfTokenIsSentToLogInAgain() throws Exception {
        mvc.perform(post("/runs").with(user("staff").roles("STAFF")).param("year", "2024"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/runs").with(user("staff").roles("STAFF")).with(csrf().useInvalidToken()).param("year", "2024"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAuditorReadsButCannotPostTheForms() throws Exception {
        var auditor = user("auditor").roles("AUDITOR");
        mvc.perform(get("/").with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/facts/import"))));
        mvc.perform(get("/runs").with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"referenceDate\""))));
        mvc.perform(post("/runs").with(auditor).with(csrf()).param("year", "2024").param("referenceDate", "15/01/2025"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/facts/import").file(new MockMultipartFile("bundle", "b.json", "application/json", "{}".getBytes()))
                        .with(auditor).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anImpossibleReferenceDateIsShownAtItsField() throws Exception {
        mvc.perform(post("/runs").with(user("staff").roles("STAFF")).with(csrf())
                        .param("year", "2024").param("referenceDate", "31/02/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\"")));
    }

    @Test
    void anUnknownRunIsAPageNotJson() throws Exception {
        mvc.perform(get("/runs/999999").with(user("auditor").roles("AUDITOR")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Không tìm thấy")));
    }
}
