package vn.thidua.eligibility.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secrets of access tokens: 256 random bits, written {@code cchc_} and 43 base64url characters.
 * The prefix lets a secret scanner or a reader of a leaked configuration file recognise one. Only
 * the SHA-256 of a secret is stored: with this much randomness a fast hash is enough, which is what
 * spares each call the bcrypt check a password needs.
 */
final class ApiTokenSecrets {

    static final String PREFIX = "cchc_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a secret this service issued; anything else is refused without a lookup. */
    static boolean wellFormed(String secret) {
        return WELL_FORMED.matcher(secret).matches();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
