package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.eligibility.web.ApiTest;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page where each user keeps their own access tokens: creating one asks for the password again
 * and shows the secret in that answer only; every refusal is said at its field in Vietnamese.
 */
@ApiTest
class ApiTokenPageTest {

    private static final String PASSWORD = "marigold-fjord-36-lantern";
    private static final Pattern SECRET = Pattern.compile("cchc_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement management;
    @Autowired
    JdbcTemplate jdbc;

    private final String name = "t-tokpage-" + UUID.randomUUID().toString().substring(0, 8);
    private RequestPostProcessor session;

    @AfterEach
    void removeTheAccount() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", name);
        jdbc.update("DELETE FROM login_throttle WHERE username = ?", name);
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceWorksOnTheApiAndIsRevokedFromTheList() throws Exception {
        account();
        mvc.perform(get("/tokens").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn chưa có mã truy cập nào.")))
                .andExpect(content().string(containsString("Authorization: Bearer")));

        String page = create("máy chủ báo cáo", "7", PASSWORD)
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("chỉ hiển thị một lần")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).isTrue();
        String token = shown.group();
        mvc.perform(get("/api/runs").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(get("/tokens").with(session))
                .andExpect(content().string(containsString("máy chủ báo cáo")))
                .andExpect(content().string(containsString("Còn hiệu lực")))
                .andExpect(content().string(containsString("data-confirm=\"Thu hồi mã “máy chủ báo cáo”?")))
                .andExpect(content().string(not(containsString(token))));

        long id = jdbc.queryForObject("SELECT id FROM api_token WHERE token_hash = ?", Long.class, ApiTokenSecrets.hash(token));
        // without its CSRF token: refused as a form of an expired session, and the token still works
        mvc.perform(post("/tokens/{id}/revoke", id).with(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/runs").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/tokens/{id}/revoke", id).with(session).with(csrf()))
                .andExpect(redirectedUrl("/tokens"))
                .andExpect(flash().attribute("revoked", "máy chủ báo cáo"));
        mvc.perform(get("/api/runs").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/tokens").with(session)).andExpect(content().string(containsString("Đã thu hồi")));
        mvc.perform(post("/tokens/{id}/revoke", id).with(user("staff").roles("STAFF")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void eachRefusalIsSaidAtItsFieldAndWrongPasswordsCountAsFailedLogins() throws Exception {
        account();
        create("", "31", PASSWORD)
                .andExpect(content().string(containsString("Hãy đặt tên cho mã.")))
                .andExpect(content().string(containsString("Thời hạn không được quá 30 ngày.")));
        create("x", "ba mươi", PASSWORD).andExpect(content().string(containsString("Thời hạn phải là một số ngày.")));
        create("x", "0", PASSWORD).andExpect(content().string(containsString("Thời hạn phải ít nhất 1 ngày.")));
        for (int i = 0; i < 5; i++) {
            create("x", "", "not-my-password-" + i)
                    .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")))
                    .andExpect(content().string(not(containsString("not-my-password-" + i))));
        }
        create("x", "", PASSWORD).andExpect(content().string(containsString("Nhập sai mật khẩu quá nhiều lần")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.owner_id WHERE u.username = ?",
                Integer.class, name)).isZero();
        mvc.perform(post("/tokens").with(session).param("name", "x").param("currentPassword", PASSWORD))
                .andExpect(redirectedUrl("/login?expired")); // without its CSRF token
    }

    @Test
    void thePageSpeaksEnglishToo() throws Exception {
        account();
        mvc.perform(get("/tokens").param("lang", "en").with(session))
                .andExpect(content().string(containsString("You have no access tokens yet.")))
                .andExpect(content().string(containsString("At most 30 days")));
    }

    private void account() {
        management.create(name, PASSWORD, Role.AUDITOR, "admin");
        session = user(name).roles("AUDITOR");
    }

    private ResultActions create(String tokenName, String days, String password) throws Exception {
        return mvc.perform(post("/tokens").with(session).with(csrf())
                .param("name", tokenName).param("days", days).param("currentPassword", password));
    }
}
