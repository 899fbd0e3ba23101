package vn.thidua.eligibility.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

@ApiTest
class OpenApiAndHealthTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDescriptionIsOpenAndAsksForHttpBasicOnTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title", containsString("CCHC")))
                .andExpect(jsonPath("$.info.description", containsString("khen thưởng")))
                .andExpect(jsonPath("$.info.description", containsString("awards")))
                .andExpect(jsonPath("$.info.version").isNotEmpty())
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.paths['/api/users'].post.security[0].basicAuth").isArray())
                .andExpect(jsonPath("$.paths['/api/users'].get.security[0].basicAuth").isArray());
    }

    @Test
    void theSwaggerUiIsOpen() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/swagger-ui/index.html"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void healthIsOpenWithDetailsOnlyForThoseLoggedIn() throws Exception {
        // which part is up or down is for everyone (during an outage nobody can log in); details are not
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist())
                .andExpect(jsonPath("$.components.diskSpace.details").doesNotExist());
        mvc.perform(get("/actuator/health").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
