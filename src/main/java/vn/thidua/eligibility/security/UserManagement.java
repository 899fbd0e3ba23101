package vn.thidua.eligibility.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users, their roles and passwords; public for the pages, which call it as the REST API does. Every
 * change publishes an {@link AccountEvent} in its transaction, for the audit log. A new password,
 * chosen or reset, revokes the account's access tokens: whoever knew the old one may have made some.
 */
@Service
public class UserManagement {

    private final Users users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final TransactionTemplate transaction;
    private final ApiTokenService tokens;

    UserManagement(Users users, PasswordEncoder encoder, ApplicationEventPublisher events, LoginThrottle throttle,
                   TransactionTemplate transaction, ApiTokenService tokens) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
        this.throttle = throttle;
        this.transaction = transaction;
        this.tokens = tokens;
    }

    /**
     * The unique key decides whether the name is free, so two concurrent creations cannot both win.
     * One transaction: the account and its audit entry are stored together or not at all.
     */
    @Transactional
    public UserView create(String username, String password, Role role, String createdBy) {
        return create(new AccountHolder(username, "", ""), password, role, createdBy, false);
    }

    /** The API's and the page's form, checked already: name, position, password and role. */
    @Transactional
    public UserView create(NewUser form, String createdBy) {
        return create(new AccountHolder(form.username(), trimmed(form.fullName()), trimmed(form.position())),
                form.password(), Role.valueOf(form.role()), createdBy, false);
    }

    /** @param changeRequired the password was generated: its owner must replace it at the first login */
    @Transactional
    UserView create(String username, String password, Role role, String createdBy, boolean changeRequired) {
        return create(new AccountHolder(username, "", ""), password, role, createdBy, changeRequired);
    }

    private UserView create(AccountHolder holder, String password, Role role, String createdBy, boolean changeRequired) {
        String username = holder.username();
        // the column keeps microseconds: the answer shows what a later read will show
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AppUser user = new AppUser(null, username, holder.fullName(), holder.position(), encoder.encode(password), role,
                true, now, createdBy, changeRequired);
        try {
            UserView created = UserView.of(users.save(user), null);
            events.publishEvent(new UserCreated(username, role.name(), createdBy == null ? LoginThrottle.SYSTEM : createdBy));
            return created;
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException duplicate) {
                throw new UsernameTakenException(username, duplicate);
            }
            throw e;
        }
    }

    public List<UserView> list() {
        Map<String, Instant> locked = throttle.lockedAccounts();
        return users.findAll().stream().map(user -> UserView.of(user, locked.get(user.username()))).toList();
    }

    /**
     * A user replaces their own password through the API, where the same request has just proved
     * the current one by HTTP Basic: a wrong {@code currentPassword} there tells nothing and is not
     * counted as a failed login.
     *
     * @throws PasswordRejectedException naming the field and the rule that failed
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        change(username, currentPassword, newPassword, false);
    }

    /**
     * A user replaces their own password in a page session, or through the API with an access
     * token. The current one is checked like a login, throttle included, so a borrowed session or
     * token cannot be used to guess it.
     *
     * @throws PasswordRejectedException naming the field and the rule that failed
     * @throws org.springframework.security.authentication.LockedException while the account is locked
     */
    public void changeOwnPasswordInSession(String username, String currentPassword, String newPassword) {
        change(username, currentPassword, newPassword, true);
    }

    /**
     * A user in a page session proves they know the password before something that needs it (an
     * access token), checked like a login, throttle included.
     *
     * @throws PasswordRejectedException at {@code currentPassword} when it is wrong
     * @throws org.springframework.security.authentication.LockedException while the account is locked
     */
    void confirmPasswordInSession(String username, String password) {
        proveCurrent(existing(username), password, true);
    }

    private void change(String username, String currentPassword, String newPassword, boolean countFailures) {
        AppUser user = existing(username);
        proveCurrent(user, currentPassword, countFailures);
        checkNew(user, newPassword, "newPassword");
        transaction.executeWithoutResult(status -> {
            users.save(user.withPassword(encoder.encode(newPassword), false));
            events.publishEvent(new AccountEvent("PASSWORD_CHANGED", user.username(), user.username(), Map.of()));
            tokens.revokeAll(user, user.username(), ApiTokenService.PASSWORD_CHANGED);
        });
    }

    private void proveCurrent(AppUser user, String currentPassword, boolean countFailures) {
        if (countFailures) {
            throttle.admit(user.username());
        }
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            if (countFailures) {
                throttle.failed(user.username());
            }
            throw new PasswordRejectedException("currentPassword", new PasswordProblem("current", "is not your current password"));
        }
        if (countFailures) {
            throttle.succeeded(user.username());
        }
    }

    /** An administrator sets a new password, which its owner must change at the next login. */
    @Transactional
    public UserView resetPassword(String username, String newPassword, String admin) {
        AppUser user = existing(username);
        checkNew(user, newPassword, "password");
        AppUser reset = users.save(user.withPassword(encoder.encode(newPassword), true));
        events.publishEvent(new AccountEvent("PASSWORD_RESET", user.username(), admin, Map.of("changeRequired", true)));
        tokens.revokeAll(user, admin, ApiTokenService.PASSWORD_RESET);
        return view(reset);
    }

    /** At least one administrator always remains, or nobody could manage users again. */
    @Transactional
    public UserView changeRole(String username, Role role, String admin) {
        AppUser user = existing(username);
        if (user.role() == role) {
            return view(user);
        }
        if (user.role() == Role.ADMIN && user.enabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw AccountException.lastAdministrator(user.username());
        }
        AppUser changed = users.save(user.withRole(role));
        events.publishEvent(new AccountEvent("ROLE_CHANGED", user.username(), admin,
                Map.of("from", user.role().name(), "to", role.name())));
        return view(changed);
    }

    /**
     * Disables or re-enables an account. A disabled account cannot log in, a session it has open
     * ends at its next request ({@link PasswordChangeGate}), and its access tokens are revoked, for
     * good: re-enabling the account does not bring them back. Nobody disables their own account:
     * the administrator acting is enabled and someone else, so an enabled administrator remains.
     */
    @Transactional
    public UserView setEnabled(String username, boolean enabled, String admin) {
        AppUser user = existing(username);
        if (user.enabled() == enabled) {
            return view(user);
        }
        if (!enabled && user.username().equals(admin)) {
            throw AccountException.ownAccount(user.username());
        }
        AppUser changed = users.save(user.withEnabled(enabled));
        events.publishEvent(new AccountEvent(enabled ? "ENABLED" : "DISABLED", user.username(), admin, Map.of()));
        if (!enabled) {
            tokens.revokeAll(user, admin, ApiTokenService.ACCOUNT_DISABLED);
        }
        return view(changed);
    }

    /** The name and position documents print for this account. */
    @Transactional
    public UserView changeHolder(String username, String fullName, String position, String admin) {
        AppUser user = existing(username);
        AppUser changed = users.save(user.withHolder(trimmed(fullName), trimmed(position)));
        events.publishEvent(new AccountEvent("HOLDER_CHANGED", user.username(), admin,
                Map.of("fullName", changed.fullName(), "position", changed.position())));
        return view(changed);
    }

    /**
     * Lifts a lock after failed logins (UNLOCKED is published only if there was one). The throttle
     * has its own transaction; one around it would read the lock as it was before.
     */
    public UserView unlock(String username, String admin) {
        AppUser user = existing(username);
        throttle.unlock(user.username(), admin);
        return view(user);
    }

    /** For a form that shows the rule in the reader's language; the API's validation says it in English. */
    public Optional<PasswordProblem> passwordProblem(String username, String password) {
        return PasswordRules.check(username, password);
    }

    boolean passwordChangeRequired(String username) {
        return users.findByUsername(username).map(AppUser::passwordChangeRequired).orElse(false);
    }

    /** An account that was disabled, or removed, since its session began. */
    boolean disabled(String username) {
        return users.findByUsername(username).map(user -> !user.enabled()).orElse(true);
    }

    private void checkNew(AppUser user, String newPassword, String field) {
        if (newPassword == null) {
            throw new PasswordRejectedException(field, new PasswordProblem("required", "is required"));
        }
        PasswordRules.check(user.username(), newPassword).ifPresent(problem -> {
            throw new PasswordRejectedException(field, problem);
        });
        if (encoder.matches(newPassword, user.passwordHash())) {
            throw new PasswordRejectedException(field, new PasswordProblem("same", "must differ from the current password"));
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private AppUser existing(String username) {
        return users.findByUsername(username).orElseThrow(() -> AccountException.notFound(username));
    }

    private UserView view(AppUser user) {
        return UserView.of(user, throttle.lockedAccounts().get(user.username()));
    }
}
