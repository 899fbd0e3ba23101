package vn.thidua.eligibility.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one way to log in, for HTTP Basic and the login form alike: the password check of
 * {@link DaoAuthenticationProvider}, behind the {@link LoginThrottle}.
 * <p>
 * Attempts on one name take turns. The throttle counts an attempt as failed until it succeeds, so
 * attempts that overlapped would count each other's pending checks: six concurrent requests of one
 * API client with the right password would lock its account. Taking turns, each attempt sees only
 * real failures; the database count still bounds guesses across restarts and service instances.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {
    /** Names share a lock by hash: bounded memory, whatever names an attacker sends. */
    private static final int STRIPES = 64;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ReentrantLock[] turns = new ReentrantLock[STRIPES];

    ThrottledAuthentication(Users users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(users));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        Arrays.setAll(turns, i -> new ReentrantLock(true));
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        ReentrantLock turn = turnOf(username);
        turn.lock();
        try {
            throttle.admit(username);
            Authentication result;
            try {
                result = passwords.authenticate(attempt);
            } catch (BadCredentialsException | AccountStatusException e) {
                throttle.failed(username);
                throw e;
            }
            throttle.succeeded(username);
            return result;
        } catch (DataAccessException e) {
            // as the password check itself answers when the database is away: not the caller's fault
            throw new InternalAuthenticationServiceException("Login attempts cannot be counted", e);
        } finally {
            turn.unlock();
        }
    }

    /** Spellings the database counts as one name ({@code Admin}, {@code admin }) take the same turn. */
    private ReentrantLock turnOf(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return turns[Math.floorMod(name.hashCode(), STRIPES)];
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
