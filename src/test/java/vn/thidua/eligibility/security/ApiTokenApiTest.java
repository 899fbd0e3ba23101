package vn.thidua.eligibility.security;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.eligibility.web.ApiTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Personal access tokens through the API, as a polling client and an attacker would use them:
 * created once with the password, refused the moment they expire, are revoked or their account is
 * disabled, carrying the account's current role, and never a way around the password.
 */
@ApiTest
class ApiTokenApiTest {

    private static final String PREFIX = "t-tok-";
    private static final String PASSWORD = "saffron-glacier-47-beacon";
    private static final String NEW_PASSWORD = "juniper-canyon-82-meteor";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserManagement management;
    @Autowired
    Users users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokenService tokens;

    @AfterEach
    void removeTheAccountsTheirTokensAndCounts() {
        users.findAll().stream().filter(user -> user.username().startsWith(PREFIX)).forEach(users::delete);
        jdbc.update("DELETE FROM login_throttle WHERE username LIKE 't-%'");
    }

    @Test
    void aTokenIsShownOnceWorksInPlaceOfThePasswordAndStopsWhenItsOwnerRevokesIt() throws Exception {
        String name = account(Role.STAFF);
        Instant before = Instant.now();
        String created = create(name, "{\"name\":\"  report poller \",\"lifetime\":\"7d\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("report poller"))
                .andExpect(jsonPath("$.owner").value(name))
                .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.matchesPattern("cchc_[A-Za-z0-9_-]{43}")))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(Instant.parse(JsonPath.read(created, "$.expiresAt")))
                .isCloseTo(before.plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));

        mvc.perform(get("/api/runs").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/tokens").with(httpBasic(name, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].state").value("ACTIVE"))
                .andExpect(jsonPath("$[0].lastUsedAt").exists())
                .andExpect(content().string(not(containsString(token.substring(5)))));
        assertThat(jdbc.queryForList("SELECT HEX(token_hash) FROM api_token WHERE id = ?", String.class, id))
                .singleElement().asString().doesNotContain(token.substring(5)).hasSize(64);

        mvc.perform(delete("/api/tokens/{id}", id).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REVOKED"));
        mvc.perform(get("/api/runs").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
                .andExpect(jsonPath("$.detail", containsString("was revoked")));
        mvc.perform(delete("/api/tokens/{id}", id).with(httpBasic(name, PASSWORD))).andExpect(status().isOk());

        assertThat(audited(name)).containsExactly("ACCOUNT_TOKEN_CREATED", "ACCOUNT_TOKEN_REVOKED");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_entry WHERE action = 'ACCOUNT_TOKEN_REVOKED'"
                + " AND details LIKE ?", String.class, "%" + name + "%")).contains("revoked by its owner");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ?", Integer.class,
                "%" + token.substring(5) + "%")).isZero();
    }

    @Test
    void anExpiredTokenIsRefusedSayingWhen() throws Exception {
        String name = account(Role.STAFF);
        String token = token(name);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), ApiTokenSecrets.hash(token));

        mvc.perform(get("/api/runs").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("expired")));
        mvc.perform(get("/api/tokens").with(httpBasic(name, PASSWORD))).andExpect(jsonPath("$[0].state").value("EXPIRED"));
    }

    @Test
    void disablingAnAccountRevokesItsTokensForGoodAndADisabledOwnerIsRefusedEvenBeforeThat() throws Exception {
        String name = account(Role.STAFF);
        String first = token(name);
        String second = token(name);
        // an account disabled by another path than the administrators' (its tokens still unrevoked)
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", name);
        mvc.perform(get("/api/runs").with(bearer(first)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("disabled")));
        jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = ?", name);
        mvc.perform(get("/api/runs").with(bearer(first))).andExpect(status().isOk());

        enabled(name, false);
        enabled(name, true);

        for (String token : List.of(first, second)) {
            mvc.perform(get("/api/runs").with(bearer(token)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail", containsString("revoked")));
        }
        mvc.perform(get("/api/users/{u}/tokens", name).with(as("admin")))
                .andExpect(jsonPath("$[*].state", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("REVOKED"))));
        assertThat(jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = 'ACCOUNT_TOKEN_REVOKED' AND details LIKE ?"
                + " AND details LIKE '%account disabled%'", String.class, "%" + name + "%")).containsExactly("admin", "admin");
    }

    @Test
    void aNewPasswordChosenOrResetRevokesTheAccountsTokens() throws Exception {
        String name = account(Role.STAFF);
        String chosen = token(name);
        mvc.perform(post("/api/users/me/password").with(httpBasic(name, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/runs").with(bearer(chosen))).andExpect(status().isUnauthorized());

        String beforeReset = token(name, NEW_PASSWORD);
        mvc.perform(put("/api/users/{u}/password", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"harbor-thistle-93-comet\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/runs").with(bearer(beforeReset)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("revoked")));
        assertThat(jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = 'ACCOUNT_TOKEN_REVOKED' AND details LIKE ?"
                + " ORDER BY seq", String.class, "%" + name + "%")).containsExactly(name, "admin");
    }

    @Test
    void aTokenCarriesItsOwnersRoleAsItIsNow() throws Exception {
        String name = account(Role.AUDITOR);
        String token = token(name);
        mvc.perform(get("/api/runs").with(bearer(token))).andExpect(status().isOk());
        mvc.perform(post("/api/runs").with(bearer(token)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(bearer(token))).andExpect(status().isForbidden());

        mvc.perform(put("/api/users/{u}/role", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"ADMIN\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/users").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(put("/api/users/{u}/role", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"STAFF\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/users").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/users/{u}/tokens", name).with(bearer(token))).andExpect(status().isForbidden());
    }

    @Test
    void aTokenCannotMakeAnotherNorOutliveTheConfiguredMaximum() throws Exception {
        String name = account(Role.ADMIN);
        String token = token(name);
        mvc.perform(post("/api/tokens").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"renewal\",\"lifetime\":\"1h\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("created with your password")));

        create(name, "{\"name\":\"forever\",\"lifetime\":\"31d\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("lifetime"))
                .andExpect(jsonPath("$.errors[0].message", containsString("at most 30d")));
        create(name, "{\"name\":\"forever\",\"lifetime\":\"P1000D\"}").andExpect(jsonPath("$.errors[0].path").value("lifetime"));
        create(name, "{\"name\":\"no unit\",\"lifetime\":\"30\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("with its unit")));
        create(name, "{\"name\":\"none\",\"lifetime\":\"0d\"}").andExpect(jsonPath("$.errors[0].message", containsString("longer than zero")));
        create(name, "{\"lifetime\":\"soon\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", org.hamcrest.Matchers.contains("name", "lifetime")));
        create(name, "{\"name\":\"evil\u202Etxt.exe\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("U+202E")));
        create(name, "{\"name\":\"" + "x".repeat(101) + "\"}").andExpect(jsonPath("$.errors[0].path").value("name"));
        create(name, "{\"name\":\"typo\",\"lifetme\":\"1d\"}").andExpect(status().isBadRequest());
        Instant before = Instant.now();
        String created = create(name, "{\"name\":\"default\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(Instant.parse(JsonPath.read(created, "$.expiresAt")))
                .isCloseTo(before.plus(Duration.ofDays(30)), within(Duration.ofMinutes(1)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.owner_id"
                + " WHERE u.username = ?", Integer.class, name)).isEqualTo(2);
    }

    @Test
    void aMissingGarbledOrUnknownBearerTokenIsRefusedWithA401SayingWhich() throws Exception {
        String name = account(Role.STAFF);
        String token = token(name);
        String unknown = ApiTokenSecrets.generate();
        record Case(String header, String detail) {
        }
        for (Case call : List.of(new Case("Bearer", "carries no token"), new Case("Bearer   ", "carries no token"),
                new Case("Bearer abc", "malformed"), new Case("Bearer " + token + "x", "malformed"),
                new Case("Bearer " + token.substring(0, 47) + "*", "malformed"), new Case("Bearer " + unknown, "not known"),
                new Case("Bearer cchc_" + token.substring(5).toUpperCase(java.util.Locale.ROOT), "not known"))) {
            mvc.perform(get("/api/runs").header("Authorization", call.header()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail", containsString(call.detail())));
        }
        mvc.perform(get("/api/runs").header("Authorization", "Token " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("Authorization: Bearer")));
        mvc.perform(get("/api/runs").header("Authorization", "Basic bm90LWJhc2U2NA==")).andExpect(status().isUnauthorized());
        // the scheme is case-insensitive (RFC 7235), the token is not
        mvc.perform(get("/api/runs").header("Authorization", "bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").with(bearer(token))).andExpect(status().isOk());
        // a token opens no page: the pages know only their login form
        mvc.perform(get("/runs").with(bearer(token))).andExpect(status().is3xxRedirection());
    }

    @Test
    void loginLocksStillStopHttpBasicWhileTheOwnersTokenKeepsWorking() throws Exception {
        String name = account(Role.STAFF);
        String token = token(name);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/runs").with(httpBasic(name, "wrong-guess-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/runs").with(httpBasic(name, PASSWORD))).andExpect(status().isTooManyRequests());
        create(name, "{\"name\":\"during the lock\"}").andExpect(status().isTooManyRequests());
        // guessing the password cannot cut off the client that holds a token
        mvc.perform(get("/api/runs").with(bearer(token))).andExpect(status().isOk());
    }

    @Test
    void aPasswordChangeMadeWithATokenCountsWrongCurrentPasswordsAsFailedLogins() throws Exception {
        String name = account(Role.STAFF);
        String token = token(name);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/users/me/password").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"currentPassword\":\"guess-" + i + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/api/users/me/password").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/runs").with(httpBasic(name, PASSWORD))).andExpect(status().isTooManyRequests());
    }

    @Test
    void onlyTheOwnerOrAnAdministratorRevokesAToken() throws Exception {
        String owner = account(Role.STAFF);
        String other = account(Role.STAFF);
        String token = token(owner);
        long id = jdbc.queryForObject("SELECT id FROM api_token WHERE token_hash = ?", Long.class, ApiTokenSecrets.hash(token));

        mvc.perform(delete("/api/tokens/{id}", id).with(httpBasic(other, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString(other)));
        mvc.perform(get("/api/tokens").with(httpBasic(other, PASSWORD))).andExpect(jsonPath("$").isEmpty());
        mvc.perform(delete("/api/users/{u}/tokens/{id}", owner, id).with(httpBasic(other, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/runs").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(get("/api/users/{u}/tokens", owner).with(as("admin")))
                .andExpect(jsonPath("$[0].name").value("client"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
        mvc.perform(delete("/api/users/{u}/tokens/{id}", other, id).with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/users/{u}/tokens/{id}", owner, id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedAt").exists());
        mvc.perform(get("/api/runs").with(bearer(token))).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_entry WHERE action = 'ACCOUNT_TOKEN_REVOKED' AND details LIKE ?",
                String.class, "%" + owner + "%")).isEqualTo("admin");
    }

    @Test
    void anAccountHoldsAtMostTwentyActiveTokensAndAGeneratedPasswordMakesNone() throws Exception {
        String name = account(Role.STAFF);
        for (int i = 0; i < ApiTokenService.MAX_ACTIVE; i++) {
            jdbc.update("INSERT INTO api_token (owner_id, name, token_hash, created_at, expires_at) SELECT id, 'bulk', ?,"
                    + " NOW(6), NOW(6) + INTERVAL 1 DAY FROM app_user WHERE username = ?",
                    ApiTokenSecrets.hash(ApiTokenSecrets.generate()), name);
        }
        create(name, "{\"name\":\"one too many\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("revoke one")));
        jdbc.update("UPDATE api_token SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE name = 'bulk'"
                + " AND owner_id = (SELECT id FROM app_user WHERE username = ?) LIMIT 1", name);
        create(name, "{\"name\":\"in its place\"}").andExpect(status().isCreated());

        String generated = uniqueName();
        management.create(generated, PASSWORD, Role.STAFF, "admin", true);
        mvc.perform(post("/api/tokens").with(httpBasic(generated, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("Change your generated password first")));
    }

    @Test
    void concurrentCreationsStopExactlyAtTheLimit() throws Exception {
        String name = account(Role.STAFF);
        List<Boolean> created = concurrently(ApiTokenService.MAX_ACTIVE + 10, n -> tokens.create(name, "client " + n, "1d"), null);
        assertThat(created).filteredOn(Boolean::booleanValue).hasSize(ApiTokenService.MAX_ACTIVE);
        assertThat(tokens.list(name)).hasSize(ApiTokenService.MAX_ACTIVE);
    }

    @Test
    void aDisablingRacingCreationsLeavesNoTokenAliveOnceTheAccountIsEnabledAgain() throws Exception {
        String name = account(Role.STAFF);
        concurrently(15, n -> tokens.create(name, "client " + n, "1d"), () -> management.setEnabled(name, false, "admin"));
        management.setEnabled(name, true, "admin");
        assertThat(tokens.list(name)).allSatisfy(token -> assertThat(token.state()).isEqualTo(ApiTokenView.State.REVOKED));
    }

    /** Runs the creations, and the other task if any, all at once; true for each creation that succeeded. */
    private static List<Boolean> concurrently(int creations, java.util.function.IntConsumer create, Runnable other) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < creations; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        create.accept(n);
                        return true;
                    } catch (AccountException refused) {
                        return false;
                    }
                }));
            }
            Future<?> racing = other == null ? null : pool.submit(() -> {
                start.await();
                other.run();
                return null;
            });
            start.countDown();
            List<Boolean> created = new ArrayList<>();
            for (Future<Boolean> result : results) {
                created.add(result.get(60, TimeUnit.SECONDS));
            }
            if (racing != null) {
                racing.get(60, TimeUnit.SECONDS);
            }
            return created;
        } finally {
            pool.shutdownNow();
        }
    }

    private String account(Role role) {
        String name = uniqueName();
        management.create(name, PASSWORD, role, "admin");
        return name;
    }

    /** Unique in the audit log too, which outlives the accounts: no name is the start of another. */
    private static String uniqueName() {
        return PREFIX + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions create(String name, String body) throws Exception {
        return mvc.perform(post("/api/tokens").with(httpBasic(name, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String token(String name) throws Exception {
        return token(name, PASSWORD);
    }

    private String token(String name, String password) throws Exception {
        String created = mvc.perform(post("/api/tokens").with(httpBasic(name, password)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"client\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.token");
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private void enabled(String name, boolean enabled) throws Exception {
        mvc.perform(put("/api/users/{u}/enabled", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":" + enabled + "}")).andExpect(status().isOk());
    }

    private List<String> audited(String name) {
        return jdbc.queryForList("SELECT action FROM audit_entry WHERE action LIKE 'ACCOUNT_TOKEN_%' AND details LIKE ?"
                + " ORDER BY seq", String.class, "%" + name + "%");
    }
}
