package vn.thidua.eligibility.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.file.Path;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** What every answer tells the browser, and what health tells those logged in. */
@ApiTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Value("${eligibility.database.data-dir}")
    Path dataFolder;

    @Test
    void pagesMayLoadOnlyTheServicesOwnScriptsAndStyles() throws Exception {
        for (String page : new String[]{"/login", "/"}) {
            mvc.perform(get(page).with(user("auditor").roles("AUDITOR")))
                    .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                            containsString("script-src 'self'"), containsString("object-src 'none'"),
                            containsString("frame-ancestors 'none'"), not(containsString("unsafe-eval")))))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void theApiDocumentationPageMayUseInlineStylesButNoInlineScript() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self';"),
                        containsString("style-src 'self' 'unsafe-inline';"), containsString("frame-ancestors 'none'"))));
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")));
    }

    @Test
    void apiAnswersMayLoadNothing() throws Exception {
        mvc.perform(get("/api/runs").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get("/api/runs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void healthDetailsShowNoFileSystemPath() throws Exception {
        String absolute = dataFolder.toAbsolutePath().normalize().toString();
        mvc.perform(get("/actuator/health").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace.details.free").isNumber())
                .andExpect(jsonPath("$.components.diskSpace.details.path").doesNotExist())
                .andExpect(content().string(allOf(not(containsString(absolute)), not(containsString(dataFolder.toString())),
                        not(containsString(System.getProperty("user.dir"))))));
    }
}
