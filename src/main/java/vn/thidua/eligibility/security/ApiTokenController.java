package vn.thidua.eligibility.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/**
 * Personal access tokens: every user keeps their own under {@code /api/tokens}; an administrator sees
 * and revokes anyone's under {@code /api/users/{username}/tokens} (ADMIN by the URL rules).
 */
@RestController
@Tag(name = "Access tokens", description = "Mã truy cập API: personal access tokens for clients that call often")
class ApiTokenController {

    static final String OWN = "/api/tokens";

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /**
     * @param name     what the token is for ("report poller"), up to 100 characters
     * @param lifetime how long it lives: {@code 7d}, {@code 12h}, {@code P7D}; at most, and by
     *                 default, {@code eligibility.security.tokens.max-lifetime}
     */
    record TokenRequest(String name, String lifetime) {
    }

    /** The secret is in this answer only; a call with another token is refused (403). */
    @Operation(summary = "Create an access token for Authorization: Bearer; its secret is in this answer only."
            + " HTTP Basic only: a token cannot create another")
    @PostMapping(path = OWN, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CreatedApiToken createToken(@RequestBody TokenRequest request, Principal caller) {
        if (caller instanceof ApiTokenAuthentication) {
            throw AccountException.tokenNeedsPassword();
        }
        return tokens.create(caller.getName(), request.name(), request.lifetime());
    }

    /** The caller's tokens, newest first, revoked and expired ones included; never a secret. */
    @Operation(summary = "Your access tokens, newest first, with when each expires and was last used; never a secret")
    @GetMapping(OWN)
    List<ApiTokenView> listTokens(Principal caller) {
        return tokens.list(caller.getName());
    }

    /** Revokes one of the caller's tokens (the one making the call included); 404 for anyone else's. */
    @Operation(summary = "Revoke one of your access tokens: calls with it are refused from now on")
    @DeleteMapping(OWN + "/{id}")
    ApiTokenView revokeToken(@PathVariable long id, Principal caller) {
        return tokens.revoke(caller.getName(), id, caller.getName());
    }

    @Operation(summary = "An account's access tokens (ADMIN)")
    @GetMapping("/api/users/{username}/tokens")
    List<ApiTokenView> listTokensOf(@PathVariable String username) {
        return tokens.list(username);
    }

    @Operation(summary = "Revoke an account's access token (ADMIN)")
    @DeleteMapping("/api/users/{username}/tokens/{id}")
    ApiTokenView revokeTokenOf(@PathVariable String username, @PathVariable long id, Principal caller) {
        return tokens.revoke(username, id, caller.getName());
    }
}
