package vn.thidua.eligibility.security;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.eligibility.web.Characters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Personal access tokens: created with the password, shown once, checked on each call by one
 * indexed lookup that reads the owner's account too, so a call carries the role the account has
 * now and stops working the moment the account is disabled. Creating and revoking one publish an
 * {@link AccountEvent} (TOKEN_CREATED, TOKEN_REVOKED) for the audit log.
 */
@Service
class ApiTokenService {

    /** Enough for every client an office runs; a client that creates a token per call meets it soon. */
    static final int MAX_ACTIVE = 20;
    static final int MAX_NAME = 100;
    static final String REVOKED_BY_OWNER = "revoked by its owner";
    static final String REVOKED_BY_ADMINISTRATOR = "revoked by an administrator";
    static final String ACCOUNT_DISABLED = "account disabled";
    static final String PASSWORD_CHANGED = "password changed";
    static final String PASSWORD_RESET = "password reset";
    /** A polling client would otherwise write a row on every call. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Users users;
    private final ApiTokenSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, Users users, ApiTokenSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new token of the account, for {@code lifetime} (text such as {@code 7d}, {@code 12h} or
     * {@code P7D}; the configured maximum when null). The account's row is locked meanwhile, so a
     * concurrent disabling or password change either sees this token and revokes it or is seen here.
     *
     * @throws ApiTokenRequestException naming each field refused and why
     */
    @Transactional
    CreatedApiToken create(String username, String name, String lifetime) {
        Request request = check(name, lifetime);
        if (!request.problems().isEmpty()) {
            throw new ApiTokenRequestException(request.problems());
        }
        String trimmed = request.name();
        AppUser owner = users.lockByUsername(username).orElseThrow(() -> AccountException.notFound(username));
        if (!owner.enabled()) {
            throw AccountException.disabled(username);
        }
        Instant now = now();
        if (tokens.active(owner.id(), now).size() >= MAX_ACTIVE) {
            throw AccountException.tooManyTokens(MAX_ACTIVE);
        }
        String secret = ApiTokenSecrets.generate();
        Instant expiresAt = now.plus(request.lifetime());
        long id = tokens.insert(owner.id(), trimmed, ApiTokenSecrets.hash(secret), now, expiresAt);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("token", id);
        details.put("tokenName", trimmed);
        details.put("expiresAt", expiresAt.toString());
        events.publishEvent(new AccountEvent("TOKEN_CREATED", owner.username(), owner.username(), details));
        return new CreatedApiToken(id, owner.username(), trimmed, secret, now, expiresAt);
    }

    List<ApiTokenView> list(String username) {
        return tokens.of(owner(username).id(), now());
    }

    /**
     * Revokes one of the account's tokens; revoking it again changes nothing.
     *
     * @param actor the owner, or an administrator
     * @throws AccountException 404 when the account has no such token, whoever else's it may be
     */
    @Transactional
    ApiTokenView revoke(String username, long id, String actor) {
        AppUser owner = owner(username);
        ApiTokenView token = tokens.find(owner.id(), id, now()).orElseThrow(() -> AccountException.tokenNotFound(username, id));
        if (token.revokedAt() == null) {
            revoke(owner, token, actor, owner.username().equals(actor) ? REVOKED_BY_OWNER : REVOKED_BY_ADMINISTRATOR);
        }
        return tokens.find(owner.id(), id, now()).orElseThrow();
    }

    /** Every active token of the account, in the caller's transaction (a disabling, a password change). */
    void revokeAll(AppUser owner, String actor, String reason) {
        tokens.active(owner.id(), now()).forEach(token -> revoke(owner, token, actor, reason));
    }

    private void revoke(AppUser owner, ApiTokenView token, String actor, String reason) {
        if (tokens.revoke(token.id(), now())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("token", token.id());
            details.put("tokenName", token.name());
            details.put("reason", reason);
            events.publishEvent(new AccountEvent("TOKEN_REVOKED", owner.username(), actor, details));
        }
    }

    /**
     * The caller a bearer token stands for, with their current role.
     *
     * @throws InvalidApiTokenException saying why the token is refused
     */
    ApiTokenAuthentication authenticate(String secret) {
        if (!ApiTokenSecrets.wellFormed(secret)) {
            throw new InvalidApiTokenException("The bearer token is malformed: a token is " + ApiTokenSecrets.PREFIX
                    + " followed by 43 characters, as POST /api/tokens returned it");
        }
        ApiTokens.Presented token = tokens.presented(ApiTokenSecrets.hash(secret))
                .orElseThrow(() -> new InvalidApiTokenException("The bearer token is not known: check that it was copied whole"));
        Instant now = now();
        if (token.revokedAt() != null) {
            throw new InvalidApiTokenException("The bearer token was revoked at " + token.revokedAt() + ": create another");
        }
        if (!now.isBefore(token.expiresAt())) {
            throw new InvalidApiTokenException("The bearer token expired at " + token.expiresAt() + ": create another");
        }
        if (!token.enabled()) {
            throw new InvalidApiTokenException("The account of this token has been disabled: ask an administrator");
        }
        if (token.passwordChangeRequired()) {
            throw new InvalidApiTokenException("The account of this token must change its password first: POST "
                    + PasswordChangeGate.API_CHANGE + " with HTTP Basic");
        }
        if (token.lastUsedAt() == null || !now.isBefore(token.lastUsedAt().plus(USE_RECORDED_EVERY))) {
            tokens.used(token.id(), now);
        }
        return ApiTokenAuthentication.accepted(token.username(), token.id(), token.role());
    }

    /** The longest lifetime a token may be given, as a request writes it ({@code 30d}). */
    private String maxLifetime() {
        return written(settings.maxLifetime());
    }

    /** A request as checked: the name trimmed, the lifetime read, and every problem found. */
    record Request(String name, Duration lifetime, List<ApiTokenRequestException.Problem> problems) {
    }

    /** What {@link #create} would refuse, for a form that shows each problem at its field first. */
    Request check(String name, String lifetime) {
        List<ApiTokenRequestException.Problem> problems = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        checkName(trimmed, problems);
        Duration duration = lifetime(lifetime, problems);
        return new Request(trimmed, duration, List.copyOf(problems));
    }

    /** The longest lifetime in whole days, at least one: what the page's field offers. */
    long maxLifetimeDays() {
        return Math.max(1, settings.maxLifetime().toDays());
    }

    private static void checkName(String name, List<ApiTokenRequestException.Problem> problems) {
        if (name.isEmpty()) {
            problems.add(new ApiTokenRequestException.Problem("name", "required", "is required"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.add(new ApiTokenRequestException.Problem("name", "long", "must be at most " + MAX_NAME + " characters"));
        } else {
            name.codePoints().filter(cp -> !Characters.printable(cp)).findFirst().ifPresent(cp -> problems.add(
                    new ApiTokenRequestException.Problem("name", "character", "must not contain " + Characters.named(cp))));
        }
    }

    /** Spring Boot's duration texts, with a unit: a bare number would silently mean milliseconds. */
    private Duration lifetime(String text, List<ApiTokenRequestException.Problem> problems) {
        if (text == null) {
            return settings.maxLifetime();
        }
        Duration duration;
        try {
            if (text.strip().matches("[+-]?\\d+")) {
                throw new IllegalArgumentException("no unit");
            }
            duration = DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new ApiTokenRequestException.Problem("lifetime", "format",
                    "must be a duration with its unit, such as 7d, 12h or P7D, not \"" + Characters.escaped(text) + "\""));
            return null;
        }
        if (duration.isNegative() || duration.isZero()) {
            problems.add(new ApiTokenRequestException.Problem("lifetime", "positive", "must be longer than zero"));
        } else if (duration.compareTo(settings.maxLifetime()) > 0) {
            problems.add(new ApiTokenRequestException.Problem("lifetime", "max", "must be at most " + maxLifetime()
                    + " (eligibility.security.tokens.max-lifetime)"));
        }
        return duration;
    }

    private static String written(Duration duration) {
        if (duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + "d";
        }
        return duration.equals(Duration.ofHours(duration.toHours())) ? duration.toHours() + "h" : duration.toString();
    }

    private AppUser owner(String username) {
        return users.findByUsername(username).orElseThrow(() -> AccountException.notFound(username));
    }

    /** The columns keep microseconds: an answer shows what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
