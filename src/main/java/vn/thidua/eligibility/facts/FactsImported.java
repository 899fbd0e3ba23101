package vn.thidua.eligibility.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Published in the import's transaction once a fact bundle is written.
 *
 * @param keys per kind (the bundle's names), the natural keys added and replaced
 */
public record FactsImported(String user, ImportReport report, Map<String, Keys> keys) {

    /**
     * The keys written of one kind, each as its key fields joined by "/". A large import lists the
     * first {@value #LISTED} of each and gives the SHA-256 of all of them (added then replaced,
     * one a line), so that the log stays readable and a list kept elsewhere can still be checked.
     */
    public record Keys(List<String> added, List<String> replaced, Integer addedCount, Integer replacedCount, String sha256) {
        static final int LISTED = 1000;

        static Keys of(List<String> added, List<String> replaced) {
            if (added.size() <= LISTED && replaced.size() <= LISTED) {
                return new Keys(added, replaced, null, null, null);
            }
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                Stream.concat(added.stream(), replaced.stream()).forEach(k -> sha.update((k + "\n").getBytes(StandardCharsets.UTF_8)));
                return new Keys(added.subList(0, Math.min(LISTED, added.size())), replaced.subList(0, Math.min(LISTED, replaced.size())),
                        added.size(), replaced.size(), HexFormat.of().formatHex(sha.digest()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
