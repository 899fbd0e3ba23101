package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.eligibility.web.ApiTest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** Changing one's own password, a generated password forced to change, an administrator's reset and role change. */
@ApiTest
class PasswordChangeApiTest {

    private static final String PREFIX = "t-pw-";
    private static final String GENERATED = "Hq4mZt8sWk2nPb7x";
    private static final String CHOSEN = "quartz-meadow-61-falcon";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement management;
    @Autowired
    Users users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountEventRecorder events;

    @AfterEach
    void removeTheAccounts() {
        users.findAll().stream().filter(user -> user.username().startsWith(PREFIX)).forEach(users::delete);
        jdbc.update("DELETE FROM login_throttle WHERE username LIKE 't-%'");
    }

    @Test
    void aGeneratedPasswordOpensNothingButItsOwnChange() throws Exception {
        String name = account(GENERATED, true);

        for (RequestBuilder call : new RequestBuilder[]{
                get("/api/runs").with(httpBasic(name, GENERATED)),
                post("/api/runs/probe").with(httpBasic(name, GENERATED)),
                get("/api/users").with(httpBasic(name, GENERATED))}) {
            mvc.perform(call)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail", containsString("Change your generated password first")))
                    .andExpect(jsonPath("$.detail", containsString("POST /api/users/me/password")));
        }
        mvc.perform(get("/").with(user(name).roles("STAFF"))).andExpect(redirectedUrl("/password"));
        mvc.perform(get("/runs").with(user(name).roles("STAFF"))).andExpect(redirectedUrl("/password"));
        mvc.perform(get("/password").with(user(name).roles("STAFF"))).andExpect(status().isOk());

        change(name, GENERATED, GENERATED, CHOSEN).andExpect(status().isNoContent());

        mvc.perform(get("/api/runs").with(httpBasic(name, CHOSEN))).andExpect(status().isOk());
        mvc.perform(get("/api/runs").with(httpBasic(name, GENERATED))).andExpect(status().isUnauthorized());
        mvc.perform(get("/").with(user(name).roles("STAFF"))).andExpect(status().isOk());
        assertThat(events.of(name, "PASSWORD_CHANGED")).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo(name);
            assertThat(event.details().toString()).doesNotContain(CHOSEN, GENERATED, "$2a$");
        });
    }

    @Test
    void aChosenPasswordIsNotForcedToChange() throws Exception {
        String name = account(CHOSEN, false);

        mvc.perform(get("/api/runs").with(httpBasic(name, CHOSEN))).andExpect(status().isOk());
        mvc.perform(get("/api/runs").with(as("staff"))).andExpect(status().isOk());
    }

    @Test
    void aChangeNamesTheRuleTheNewPasswordBreaks() throws Exception {
        String name = account(CHOSEN, false);

        change(name, CHOSEN, "not-the-current-one", "copper-kettle-27-harbor")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("currentPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("is not your current password"));
        change(name, CHOSEN, CHOSEN, "Password123!")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message", containsString("too easy to guess")));
        change(name, CHOSEN, CHOSEN, "my-" + name + "-2026")
                .andExpect(jsonPath("$.errors[0].message").value("must not contain the username"));
        change(name, CHOSEN, CHOSEN, "copper-kettle\n-27-harbor")
                .andExpect(jsonPath("$.errors[0].message", containsString("control or invisible characters (found U+000A)")));
        change(name, CHOSEN, CHOSEN, CHOSEN)
                .andExpect(jsonPath("$.errors[0].message").value("must differ from the current password"));

        assertThat(encoder.matches(CHOSEN, users.findByUsername(name).orElseThrow().passwordHash())).isTrue();
        assertThat(events.of(name, "PASSWORD_CHANGED")).isEmpty();
    }

    @Test
    void guessingTheCurrentPasswordThroughTheChangeIsThrottled() throws Exception {
        String name = account(CHOSEN, false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/password").with(user(name).roles("STAFF")).with(csrf())
                            .param("currentPassword", "guess-" + i).param("newPassword", "copper-kettle-27-harbor")
                            .param("confirmPassword", "copper-kettle-27-harbor"))
                    .andExpect(status().isOk());
        }

        mvc.perform(get("/api/runs").with(httpBasic(name, CHOSEN))).andExpect(status().isTooManyRequests());
    }

    /** The request proved the password by HTTP Basic already; a fuzzer calling as admin must not lock admin. */
    @Test
    void wrongCurrentPasswordsThroughTheApiDoNotLockTheCaller() throws Exception {
        String name = account(CHOSEN, false);
        for (int i = 0; i < 8; i++) {
            change(name, CHOSEN, "guess-" + i, "copper-kettle-27-harbor").andExpect(status().isBadRequest());
        }

        mvc.perform(get("/api/runs").with(httpBasic(name, CHOSEN))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorsResetMustBeChangedByItsOwner() throws Exception {
        String name = account(CHOSEN, false);

        mvc.perform(put("/api/users/{u}/password", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"123456789012\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("password"));
        mvc.perform(put("/api/users/{u}/password", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"" + GENERATED + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordChangeRequired").value(true));

        mvc.perform(get("/api/runs").with(httpBasic(name, GENERATED))).andExpect(status().isForbidden());
        assertThat(events.of(name, "PASSWORD_RESET")).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("admin"));
    }

    @Test
    void anAdministratorChangesARoleButNeverRemovesTheLastAdministrator() throws Exception {
        String name = account(CHOSEN, false);

        mvc.perform(put("/api/users/{u}/role", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"AUDITOR\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("AUDITOR"));
        mvc.perform(post("/api/runs/probe").with(httpBasic(name, CHOSEN))).andExpect(status().isForbidden());
        assertThat(events.of(name, "ROLE_CHANGED")).singleElement().satisfies(event ->
                assertThat(event.details()).containsEntry("from", "STAFF").containsEntry("to", "AUDITOR"));

        mvc.perform(put("/api/users/{u}/role", name).with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"ADMIN\"}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/users/{u}/role", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"KING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("role"));
        // other tests may have left administrators: step them aside so that 'admin' is the last one
        List<AppUser> others = users.findAll().stream()
                .filter(user -> user.role() == Role.ADMIN && !user.username().equals("admin")).toList();
        others.forEach(user -> users.save(user.withRole(Role.AUDITOR)));
        try {
            mvc.perform(put("/api/users/{u}/role", "admin").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"role\":\"STAFF\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("last administrator")));
        } finally {
            users.findByUsername("admin").ifPresent(admin -> users.save(admin.withRole(Role.ADMIN)));
            others.forEach(users::save);
        }
        assertThat(users.findByUsername("admin").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    private ResultActions change(String name, String loginPassword, String current, String newPassword) throws Exception {
        String body = "{\"currentPassword\":%s,\"newPassword\":%s}".formatted(json(current), json(newPassword));
        return mvc.perform(post("/api/users/me/password").with(httpBasic(name, loginPassword))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String json(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    private String account(String password, boolean generated) {
        String name = PREFIX + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        management.create(name, password, Role.STAFF, null, generated);
        return name;
    }
}
