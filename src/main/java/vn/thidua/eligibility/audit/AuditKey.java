package vn.thidua.eligibility.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The secret that authenticates the audit chain. It is never in the database, so that someone who
 * can only change the database cannot recompute the chain: either a file {@value #FILE} under the
 * data folder, created at the first start with 256 random bits and readable by the service's user
 * only, or a secret given in {@code eligibility.audit.key} (base64). The service refuses to start
 * when the file is readable by others, unreadable, malformed, or missing while the log already
 * depends on it.
 */
final class AuditKey {
    static final String FILE = "audit.key";
    private static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private AuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** A key given as a secret (a property or environment variable), in base64, at least 256 bits. */
    static AuditKey fromSecret(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("eligibility.audit.key is not base64: " + e.getMessage());
        }
        if (bytes.length < BYTES) {
            throw new IllegalStateException("eligibility.audit.key holds " + bytes.length * 8
                    + " bits; the audit key needs at least 256 (e.g. openssl rand -base64 32)");
        }
        return new AuditKey(bytes);
    }

    /**
     * The key file of the data folder.
     *
     * @param mayCreate whether a missing file may be created: only while no entry depends on a key
     */
    static AuditKey fromFolder(Path folder, boolean mayCreate) {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            if (!mayCreate) {
                throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " is missing, but the audit"
                        + " log holds entries authenticated by it: restore the file from a backup (or give the key in"
                        + " eligibility.audit.key). Without it the log can be neither verified nor continued.");
            }
            return create(file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " is not a regular file");
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException e) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " cannot be read: " + e);
        }
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        if (permissions.stream().anyMatch(others::contains)) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " has permissions "
                    + PosixFilePermissions.toString(permissions) + ": other users could read or replace the key."
                    + " Make it readable by the service's user only: chmod 600 " + file.toAbsolutePath());
        }
        if (!permissions.contains(PosixFilePermission.OWNER_READ)) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " cannot be read: its owner"
                    + " has no read permission (" + PosixFilePermissions.toString(permissions) + "); chmod 600 it");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " cannot be read: " + e);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length < BYTES) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath()
                    + " does not hold a 256-bit key in base64: it was damaged; restore it from a backup");
        }
        return new AuditKey(bytes);
    }

    private static AuditKey create(Path file) {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        try {
            Files.createDirectories(file.getParent());
            // created owner-only: the key is never readable by anyone else, not even for a moment
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " cannot be created: " + e);
        }
        return new AuditKey(bytes);
    }

    /** HMAC-SHA256 of the text, in hex. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
