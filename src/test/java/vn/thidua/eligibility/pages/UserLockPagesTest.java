package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.security.Role;
import vn.thidua.eligibility.security.UserManagement;
import vn.thidua.eligibility.web.ApiTest;

import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users page shows a locked account and its administrator unlocks it there; the password forms
 * name the rule a password breaks in the reader's language.
 */
@ApiTest
class UserLockPagesTest {

    private static final String PASSWORD = "basalt-heron-73-meadow";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement users;
    @Autowired
    JdbcTemplate jdbc;

    private final String name = "t-page-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeTheAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", name);
        jdbc.update("DELETE FROM login_throttle WHERE username = ?", name);
    }

    @Test
    void anAdministratorUnlocksAnAccountFromTheUsersPage() throws Exception {
        users.create(name, PASSWORD, Role.STAFF, "admin");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(name).password("guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(status().isTooManyRequests());

        mvc.perform(get("/users").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(allOf(containsString("Khóa đến"), containsString("/users/" + name + "/unlock"))));
        mvc.perform(post("/users/{u}/unlock", name).with(user("staff").roles("STAFF")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/{u}/unlock", name).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("unlocked", name));

        mvc.perform(get("/users").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(not(containsString("/users/" + name + "/unlock"))));
        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void thePasswordFormsNameTheBrokenRuleInVietnamese() throws Exception {
        mvc.perform(post("/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", name).param("password", "xx-" + name + "-2026").param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu không được chứa tên đăng nhập.")));
        mvc.perform(post("/users").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", name).param("password", "Password123!").param("role", "STAFF"))
                .andExpect(content().string(containsString("Mật khẩu quá dễ đoán")));

        users.create(name, PASSWORD, Role.STAFF, "admin");
        mvc.perform(post("/password").with(user(name).roles("STAFF")).with(csrf())
                        .param("currentPassword", "not-it").param("newPassword", "orchid-basalt-19-heron")
                        .param("confirmPassword", "orchid-basalt-19-heron"))
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/password").with(user(name).roles("STAFF")).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "qwertyuiop123")
                        .param("confirmPassword", "qwertyuiop123"))
                .andExpect(content().string(containsString("Mật khẩu quá dễ đoán")));
        mvc.perform(post("/password").with(user(name).roles("STAFF")).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "orchid-basalt-19-heron")
                        .param("confirmPassword", "orchid-basalt-19-herón"))
                .andExpect(content().string(containsString("không khớp với mật khẩu mới")));
        mvc.perform(post("/password").with(user(name).roles("STAFF")).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "orchid-basalt-19-heron")
                        .param("confirmPassword", "orchid-basalt-19-heron"))
                .andExpect(redirectedUrl("/password"))
                .andExpect(flash().attribute("changed", true));
    }
}
