package vn.thidua.eligibility.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * On first start (no user at all) creates {@code admin}, {@code staff} and {@code auditor}, one per
 * role. A password given through the environment is never logged, and must pass the same
 * {@link PasswordRules} as any other; one generated here is logged once, in a banner, since nobody
 * could log in otherwise, and must be changed at the first login since the log may outlive it.
 */
@Component
class InitialAccounts implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
    /** No look-alikes (0/O, 1/l/I): the password is read off a log by a person. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final UserManagement management;
    private final InitialPasswords passwords;
    private final TransactionTemplate transaction;

    InitialAccounts(Users users, UserManagement management, InitialPasswords passwords, TransactionTemplate transaction) {
        this.users = users;
        this.management = management;
        this.passwords = passwords;
        this.transaction = transaction;
    }

    /** Before the server takes its first request: nobody can log in until the accounts exist. */
    @Override
    public void afterSingletonsInstantiated() {
        createIfNone();
    }

    void createIfNone() {
        if (users.count() > 0) {
            if (Arrays.stream(Role.values()).anyMatch(role -> passwords.of(role) != null)) {
                log.info("Users exist already: the ELIGIBILITY_*_PASSWORD settings only apply on first start");
            }
            return;
        }
        for (Role role : Role.values()) {
            String given = passwords.of(role);
            if (given != null) {
                PasswordRules.problem(usernameOf(role), given).ifPresent(problem -> {
                    throw new IllegalStateException(InitialPasswords.variableOf(role) + " " + problem);
                });
            }
        }
        StringBuilder banner = new StringBuilder();
        // all three or none: a half-made set would never be completed, as users then exist
        transaction.executeWithoutResult(status -> {
            for (Role role : Role.values()) {
                String username = usernameOf(role);
                String given = passwords.of(role);
                String password = given != null ? given : generate();
                management.create(username, password, role, null, given == null);
                banner.append(String.format("\n    %-8s %-8s %s", username, role,
                        given != null ? "(password from " + InitialPasswords.variableOf(role) + ")" : password));
            }
        });
        String rule = "=".repeat(76);
        log.warn("""
                First start: created the initial accounts
                {}
                  A password generated here is shown this once only and must be changed at the
                  first login: note it down, or set the ELIGIBILITY_*_PASSWORD variables before
                  the first start.
                    username role     password{}
                {}""", rule, banner, rule);
    }

    private static String usernameOf(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
