package vn.thidua.eligibility.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.eligibility.web.ApiTest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The throttle over time, on the real database, with a clock the test moves instead of sleeping:
 * the lock holds for its whole length against the right password, ends when it should, survives a
 * restart (a new throttle over the same table), and old failures are forgotten.
 */
@ApiTest
class LoginThrottleTest {

    private static final String PASSWORD = "meadow-copper-52-quartz";
    /** A year ahead: the service's own sweep, on the real clock, must not end these locks early. */
    private static final Instant START = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Users users;
    @Autowired
    UserManagement management;
    @Autowired
    PasswordEncoder encoder;

    private final MutableClock clock = new MutableClock(START);
    private final List<AccountEvent> published = new CopyOnWriteArrayList<>();
    private LoginThrottle throttle;
    private ThrottledAuthentication login;
    private String username;

    @BeforeEach
    void aDedicatedAccount() {
        username = "t-clock-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        management.create(username, PASSWORD, Role.AUDITOR, "test");
        throttle = throttle(new LoginThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        login = new ThrottledAuthentication(users, encoder, throttle);
    }

    @AfterEach
    void removeIt() {
        users.findByUsername(username).ifPresent(users::delete);
        jdbc.update("DELETE FROM login_throttle WHERE username = ?", username);
    }

    @Test
    void theRightPasswordIsRefusedForTheWholeLockAndAcceptedWhenItEnds() {
        failFiveTimes();

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> attempt(PASSWORD))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).retryAfterSeconds()).isEqualTo(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt(PASSWORD).isAuthenticated()).isTrue();
        assertThat(published).extracting(AccountEvent::action).containsExactly("LOCKED", "UNLOCKED");
        assertThat(published.get(0).details()).containsEntry("until", START.plus(Duration.ofMinutes(15)).toString());
        assertThat(published.get(1).details()).containsEntry("reason", "expired");
    }

    @Test
    void aRestartDoesNotUnlock() {
        failFiveTimes();

        LoginThrottle afterRestart = throttle(new LoginThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> new ThrottledAuthentication(users, encoder, afterRestart)
                .authenticate(new UsernamePasswordAuthenticationToken(username, PASSWORD)))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("slow-guess")).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("slow-guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(attempt(PASSWORD).isAuthenticated()).isTrue();
        assertThat(published).isEmpty();
    }

    @Test
    void theEndOfALockIsRecordedEvenIfNobodyTriesAgain() {
        failFiveTimes();
        throttle.releaseExpired();
        assertThat(published).extracting(AccountEvent::action).containsExactly("LOCKED");

        clock.advance(Duration.ofMinutes(15));
        throttle.releaseExpired();

        assertThat(published).extracting(AccountEvent::action).containsExactly("LOCKED", "UNLOCKED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE username = ?", Integer.class, username)).isZero();
    }

    @Test
    void theThresholdsAreSettings() {
        throttle = throttle(new LoginThrottleSettings(2, Duration.ofMinutes(1), Duration.ofHours(1)));
        login = new ThrottledAuthentication(users, encoder, throttle);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> attempt("guess")).isInstanceOf(BadCredentialsException.class);
        }

        clock.advance(Duration.ofMinutes(59));
        assertThatThrownBy(() -> attempt(PASSWORD)).isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempt(PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> new LoginThrottleSettings(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .hasMessageContaining("max-failures");
    }

    private void failFiveTimes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("wrong-" + clock.instant())).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(PASSWORD)).isInstanceOf(LoginThrottledException.class);
    }

    private Authentication attempt(String password) {
        return login.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private LoginThrottle throttle(LoginThrottleSettings settings) {
        return new LoginThrottle(jdbc, transactions, event -> published.add((AccountEvent) event), users, settings, clock);
    }
}
