package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.eligibility.web.ApiTest;

import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

@ApiTest
class UserApiTest {

    /** Users made here start with this, so they can be told from the first-start accounts. */
    private static final String PREFIX = "t-";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    @AfterEach
    void removeTestUsers() {
        users.findAll().stream().filter(user -> user.username().startsWith(PREFIX)).forEach(users::delete);
    }

    @Test
    void anAdminCreatesAUserWhoCanThenLogIn() throws Exception {
        String username = uniqueName();

        create(username, "walnut-ember-61-lagoon", "STAFF")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("STAFF"))
                .andExpect(jsonPath("$.createdAt").isNotEmpty())
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        mvc.perform(get("/api/users").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(username)))
                .andExpect(jsonPath("$[*].username", hasItem("auditor")))
                .andExpect(content().string(not(containsString("passwordHash"))))
                .andExpect(content().string(not(containsString("$2a$"))));

        mvc.perform(post("/api/facts/probe").with(httpBasic(username, "walnut-ember-61-lagoon")))
                .andExpect(status().isOk())
                .andExpect(content().string(username));
        mvc.perform(get("/api/users").with(httpBasic(username, "walnut-ember-61-lagoon")))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyInvalidFieldIsListed() throws Exception {
        create("No Spaces!", "short", "BOSS")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].path").value("password"))
                .andExpect(jsonPath("$.errors[0].message", containsString("at least 10 characters")))
                .andExpect(jsonPath("$.errors[1].path").value("role"))
                .andExpect(jsonPath("$.errors[1].message", containsString("ADMIN, STAFF, AUDITOR")))
                .andExpect(jsonPath("$.errors[2].path").value("username"));

        mvc.perform(post("/api/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].path", hasItem("password")))
                .andExpect(jsonPath("$.errors[*].path", hasItem("role")))
                .andExpect(jsonPath("$.errors[*].message", everyItem(equalTo("is required"))));
    }

    @Test
    void aPasswordBcryptWouldCutIsRefused() throws Exception {
        // 30 characters, but 90 bytes in UTF-8: bcrypt reads only 72
        create(uniqueName(), "ộ".repeat(30), "AUDITOR")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("password"))
                .andExpect(jsonPath("$.errors[0].message", containsString("72 bytes")));
    }

    @Test
    void aTakenUsernameIsAConflict() throws Exception {
        String username = uniqueName();
        create(username, "walnut-ember-61-lagoon", "AUDITOR").andExpect(status().isCreated());

        create(username, "cobalt-thistle-45-delta", "ADMIN")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail", containsString("'" + username + "' is already taken")))
                .andExpect(jsonPath("$.errors", empty()));
        create("admin", "cobalt-thistle-45-delta", "ADMIN").andExpect(status().isConflict());
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        mvc.perform(post("/api/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"t-x\",\"password\":\"walnut-ember-61-lagoon\",\"role\":\"STAFF\",\"admin\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("admin"))
                .andExpect(jsonPath("$.errors[0].message", containsString("unknown field")));
    }

    private ResultActions create(String username, String password, String role) throws Exception {
        String body = "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"%s\"}".formatted(username, password, role);
        return mvc.perform(post("/api/users").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String uniqueName() {
        return PREFIX + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }
}
