package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.eligibility.web.ApiTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Password guessing, as an attacker would try it, against dedicated accounts (never the shared test
 * accounts, which every other test logs in with). The window's passing is proved with a moved clock
 * in {@link LoginThrottleTest}.
 */
@ApiTest
class LoginThrottleApiTest {

    private static final String PREFIX = "t-lock-";
    private static final String PASSWORD = "harbor-violet-38-lantern";
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
    AccountEventRecorder events;

    @AfterEach
    void removeTheAccountsAndTheirCounts() {
        users.findAll().stream().filter(user -> user.username().startsWith(PREFIX)).forEach(users::delete);
        jdbc.update("DELETE FROM login_throttle WHERE username LIKE 't-%'");
    }

    @Test
    void twoHundredWrongPasswordsMeetA429FromTheSixthAndTheRightOneWaitsToo() throws Exception {
        String victim = account();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            MvcResult result = mvc.perform(get("/api/runs").with(httpBasic(victim, "guess-number-" + i))).andReturn();
            statuses.add(result.getResponse().getStatus());
            if (i >= 5) {
                long retryAfter = Long.parseLong(result.getResponse().getHeader("Retry-After"));
                assertThat(retryAfter).as("Retry-After of attempt %d", i + 1).isBetween(1L, 15 * 60L);
            }
        }

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 200)).containsOnly(429);
        mvc.perform(get("/api/runs").with(httpBasic(victim, PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail", containsString("Too many failed logins")));
        List<AccountEvent> locked = events.of(victim, "LOCKED");
        assertThat(locked).hasSize(1);
        assertThat(locked.get(0).actor()).isEqualTo("system");
        assertThat(locked.get(0).details()).containsEntry("failures", 5).containsKey("until");
        assertThat(locked.get(0).details().toString()).doesNotContain("guess-number");
    }

    @Test
    void anAdministratorUnlocksAndTheRightPasswordWorksAgain() throws Exception {
        String victim = account();
        lockOut(victim);
        mvc.perform(get("/api/users").with(as("admin")))
                .andExpect(jsonPath("$[?(@.username == '" + victim + "')].lockedUntil").isNotEmpty());

        mvc.perform(post("/api/users/{u}/unlock", victim).with(as("staff"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/users/{u}/unlock", victim).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(victim))
                .andExpect(jsonPath("$.lockedUntil").doesNotExist());

        mvc.perform(get("/api/runs").with(httpBasic(victim, PASSWORD))).andExpect(status().isOk());
        List<AccountEvent> unlocked = events.of(victim, "UNLOCKED");
        assertThat(unlocked).hasSize(1);
        assertThat(unlocked.get(0).actor()).isEqualTo("admin");
        mvc.perform(post("/api/users/{u}/unlock", "t-nobody-at-all").with(as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("t-nobody-at-all")));
    }

    @Test
    void fortyConcurrentGuessesGetNoMoreThanFivePasswordChecks() throws Exception {
        String victim = account();
        int attempts = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String guess = "concurrent-guess-" + i;
                Callable<Integer> attempt = () -> {
                    start.await();
                    return mvc.perform(get("/api/runs").with(httpBasic(victim, guess))).andReturn().getResponse().getStatus();
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            Map<Integer, Long> counted = statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(counted).isEqualTo(Map.of(401, 5L, 429, (long) attempts - 5));
        } finally {
            pool.shutdownNow();
        }
        assertThat(events.of(victim, "LOCKED")).hasSize(1);
        mvc.perform(get("/api/runs").with(httpBasic(victim, PASSWORD))).andExpect(status().isTooManyRequests());
    }

    @Test
    void fortyConcurrentRequestsWithTheRightPasswordAreAllServedAndLockNothing() throws Exception {
        String client = account();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/api/runs").with(httpBasic(client, PASSWORD))).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(events.of(client, "LOCKED")).isEmpty();
    }

    @Test
    void anotherSpellingOfTheNameCountsAgainstTheSameAccount() throws Exception {
        String victim = account();
        for (String spelling : List.of(victim.toUpperCase(), victim + " ", capitalised(victim), victim, victim.toUpperCase())) {
            mvc.perform(get("/api/runs").with(httpBasic(spelling, "wrong-guess-here"))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/runs").with(httpBasic(victim, PASSWORD))).andExpect(status().isTooManyRequests());
    }

    @Test
    void aNameWithoutAnAccountIsLockedAlikeSoTheAnswerTellsNothing() throws Exception {
        String nobody = PREFIX + "nobody-" + SEQUENCE.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/runs").with(httpBasic(nobody, "wrong-guess-" + i))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/runs").with(httpBasic(nobody, "wrong-guess-6")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        assertThat(events.of(nobody)).isEmpty();
    }

    @Test
    void theLoginFormIsThrottledToo() throws Exception {
        String victim = account();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(victim).password("form-guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user(victim).password(PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(forwardedUrl("/login/locked"));
    }

    @Test
    void aRightPasswordForgivesEarlierFailures() throws Exception {
        String user = account();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(get("/api/runs").with(httpBasic(user, "typo-" + i))).andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/api/runs").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
        }
        assertThat(events.of(user, "LOCKED")).isEmpty();
    }

    /** Five failures: the account is locked. */
    private void lockOut(String username) throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/runs").with(httpBasic(username, "wrong-guess-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/runs").with(httpBasic(username, PASSWORD))).andExpect(status().isTooManyRequests());
    }

    private String account() {
        String username = PREFIX + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        management.create(username, PASSWORD, Role.STAFF, "test");
        return username;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
