package vn.thidua.eligibility.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/**
 * User administration; only ADMIN gets here (see {@link SecurityConfiguration}), except to
 * {@code POST /api/users/me/password}, which every user may call for their own account.
 */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserManagement management;

    UserController(UserManagement management) {
        this.management = management;
    }

    record PasswordReset(@NotNull(message = "is required") String password) {
        @Override
        public String toString() {
            return "PasswordReset[…]";
        }
    }

    record RoleChange(@NotNull(message = "is required")
                      @Pattern(regexp = "ADMIN|STAFF|AUDITOR", message = "must be one of ADMIN, STAFF, AUDITOR")
                      String role) {
    }

    record Enabling(@NotNull(message = "is required") Boolean enabled) {
    }

    record Holder(@NotNull(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String fullName,
                  @NotNull(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String position) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody NewUser user, Principal caller) {
        return management.create(user, caller.getName());
    }

    @GetMapping
    List<UserView> list() {
        return management.list();
    }

    /**
     * The caller's own password, given the current one; ends a required change and revokes the
     * caller's access tokens. Called with a token, which proves no password, a wrong current one
     * counts as a failed login, or a stolen token would be a way to guess it.
     */
    @PostMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@Valid @RequestBody PasswordChange change, Principal caller) {
        if (caller instanceof ApiTokenAuthentication) {
            management.changeOwnPasswordInSession(caller.getName(), change.currentPassword(), change.newPassword());
        } else {
            management.changeOwnPassword(caller.getName(), change.currentPassword(), change.newPassword());
        }
    }

    /** A new password set by an administrator, which its owner must change at the next login. */
    @PutMapping(path = "/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserView resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset reset, Principal caller) {
        return management.resetPassword(username, reset.password(), caller.getName());
    }

    @PutMapping(path = "/{username}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserView changeRole(@PathVariable String username, @Valid @RequestBody RoleChange change, Principal caller) {
        return management.changeRole(username, Role.valueOf(change.role()), caller.getName());
    }

    /** Disables or re-enables an account; a disabled one cannot log in and its open sessions end. */
    @PutMapping(path = "/{username}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserView setEnabled(@PathVariable String username, @Valid @RequestBody Enabling change, Principal caller) {
        return management.setEnabled(username, change.enabled(), caller.getName());
    }

    /** The full name and position that documents print for the account. */
    @PutMapping(path = "/{username}/holder", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserView changeHolder(@PathVariable String username, @Valid @RequestBody Holder holder, Principal caller) {
        return management.changeHolder(username, holder.fullName(), holder.position(), caller.getName());
    }

    /** Lifts the lock that failed logins put on the account. */
    @PostMapping("/{username}/unlock")
    UserView unlock(@PathVariable String username, Principal caller) {
        return management.unlock(username, caller.getName());
    }
}
