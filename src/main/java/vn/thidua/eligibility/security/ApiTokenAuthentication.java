package vn.thidua.eligibility.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A call made with an access token: first the secret as presented, then, once accepted, its owner
 * with the role the account has now. {@link #getName()} is the owner's username, as for a login.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final long tokenId;
    private transient String secret;

    private ApiTokenAuthentication(String secret) {
        super(List.of());
        this.username = null;
        this.tokenId = 0;
        this.secret = secret;
    }

    private ApiTokenAuthentication(String username, long tokenId, Role role) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.username = username;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    static ApiTokenAuthentication presented(String secret) {
        return new ApiTokenAuthentication(secret);
    }

    static ApiTokenAuthentication accepted(String username, long tokenId, Role role) {
        return new ApiTokenAuthentication(username, tokenId, role);
    }

    String secret() {
        return secret;
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        secret = null;
    }
}
