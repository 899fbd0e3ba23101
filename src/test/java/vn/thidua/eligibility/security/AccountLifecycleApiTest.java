package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * An administrator disables, re-enables and names accounts: a disabled account cannot log in and
 * its open session ends; documents and the audit log find the name and position behind a login.
 */
@ApiTest
class AccountLifecycleApiTest {

    private static final String PASSWORD = "quartz-willow-58-harbor";
    private static final org.springframework.test.web.servlet.request.RequestPostProcessor ADMIN_PAGE =
            user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement management;
    @Autowired
    AccountHolders holders;
    @Autowired
    JdbcTemplate jdbc;

    private final String name = "t-life-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeTheAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", name);
    }

    @Test
    void aDisabledAccountCannotLogInAndItsOpenSessionEndsUntilReEnabled() throws Exception {
        management.create(name, PASSWORD, Role.STAFF, "admin");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(name).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/runs").session(session)).andExpect(status().isOk());

        enabled(name, false).andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/runs").session(session)).andExpect(redirectedUrl("/login?disabled"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/runs").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("disabled", "")).andExpect(content().string(containsString("vô hiệu hóa")));

        enabled(name, true).andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/runs").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
        assertThat(auditActions()).contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
        enabled("admin", false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("your own account")));
        mvc.perform(get("/api/users").with(as("admin"))).andExpect(status().isOk());
    }

    @Test
    void theLastEnabledAdministratorCannotStepDownWhileTheOthersAreDisabled() throws Exception {
        management.create(name, PASSWORD, Role.ADMIN, "admin");
        enabled(name, false).andExpect(status().isOk());
        // administrators other tests left behind would make this one not the last
        java.util.List<String> others = jdbc.queryForList("SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled"
                + " AND username <> 'admin'", String.class);
        others.forEach(other -> jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", other));
        try {
            mvc.perform(put("/api/users/admin/role").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"role\":\"STAFF\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("last administrator")));
        } finally {
            others.forEach(other -> jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = ?", other));
        }
    }

    @Test
    void theNameAndPositionBehindALoginAreKeptForDocumentsAndAudited() throws Exception {
        management.create(name, PASSWORD, Role.STAFF, "admin");
        assertThat(holders.holder(name).named()).isFalse();

        mvc.perform(put("/api/users/{u}/holder", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"  Trần Thị Bích Ngọc \",\"position\":\"Chuyên viên Văn phòng Sở\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Trần Thị Bích Ngọc"))
                .andExpect(jsonPath("$.position").value("Chuyên viên Văn phòng Sở"));

        assertThat(holders.holder(name)).isEqualTo(new AccountHolder(name, "Trần Thị Bích Ngọc", "Chuyên viên Văn phòng Sở"));
        assertThat(holders.holder("nobody-by-this-name").named()).isFalse();
        assertThat(auditActions()).contains("ACCOUNT_HOLDER_CHANGED");
    }

    @Test
    void aNameLongerThanAnyPositionFieldIsRefusedAtItsField() throws Exception {
        management.create(name, PASSWORD, Role.STAFF, "admin");
        mvc.perform(put("/api/users/{u}/holder", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"" + "A".repeat(101) + "\",\"position\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("fullName"));
        mvc.perform(put("/api/users/{u}/enabled", name).with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageCreatesANamedAccountAndDisablesItWithAConfirmation() throws Exception {
        mvc.perform(post("/users").with(ADMIN_PAGE).with(csrf())
                        .param("username", name).param("fullName", "Lê Văn Tám").param("position", "Phó Chánh Văn phòng")
                        .param("password", PASSWORD).param("role", "STAFF"))
                .andExpect(redirectedUrl("/users"));
        assertThat(holders.holder(name)).isEqualTo(new AccountHolder(name, "Lê Văn Tám", "Phó Chánh Văn phòng"));

        mvc.perform(get("/users").with(ADMIN_PAGE))
                .andExpect(content().string(containsString("Lê Văn Tám")))
                .andExpect(content().string(containsString("data-confirm=\"Vô hiệu hóa tài khoản " + name)));

        mvc.perform(post("/users/{u}/enabled", name).with(ADMIN_PAGE).with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/users"));
        assertThat(management.list()).filteredOn(u -> u.username().equals(name)).singleElement()
                .satisfies(u -> assertThat(u.enabled()).isFalse());

        mvc.perform(post("/users/{u}/password", name).with(ADMIN_PAGE).with(csrf()).param("password", "short"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("resetRule", "short"));
    }

    private org.springframework.test.web.servlet.ResultActions enabled(String username, boolean enabled) throws Exception {
        return mvc.perform(put("/api/users/{u}/enabled", username).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":" + enabled + "}"));
    }

    private java.util.List<String> auditActions() {
        return jdbc.queryForList("SELECT action FROM audit_entry WHERE details LIKE ?", String.class, "%" + name + "%");
    }
}
