package vn.thidua.eligibility.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Spring Security's view of {@link Users}: a role becomes the authority {@code ROLE_<role>}. Not a
 * bean: only {@link ThrottledAuthentication} may check passwords, so no other login path is built on it.
 */
class AccountDetailsService implements UserDetailsService {

    private final Users users;

    AccountDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(user -> User.withUsername(user.username())
                        .password(user.passwordHash())
                        .roles(user.role().name())
                        .disabled(!user.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
