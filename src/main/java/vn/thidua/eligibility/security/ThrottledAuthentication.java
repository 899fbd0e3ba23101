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

/**
 * The one way to log in, for HTTP Basic and the login form alike: the password check of
 * {@link DaoAuthenticationProvider}, behind the {@link LoginThrottle}.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(Users users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(users));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
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
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
