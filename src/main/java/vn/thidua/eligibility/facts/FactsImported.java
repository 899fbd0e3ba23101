package vn.thidua.eligibility.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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

        /** Collects the keys as they are written, added ones first: only the listed ones are held. */
        static final class Collector {
            private final List<String> added = new ArrayList<>();
            private final List<String> replaced = new ArrayList<>();
            private int addedCount;
            private int replacedCount;
            private final MessageDigest sha;

            Collector() {
                try {
                    sha = MessageDigest.getInstance("SHA-256");
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }

            void added(String key) {
                if (replacedCount > 0) {
                    throw new IllegalStateException("added keys come before replaced ones, for the digest");
                }
                addedCount++;
                keep(added, key);
            }

            void replaced(String key) {
                replacedCount++;
                keep(replaced, key);
            }

            private void keep(List<String> keys, String key) {
                sha.update((key + "\n").getBytes(StandardCharsets.UTF_8));
                if (keys.size() < LISTED) {
                    keys.add(key);
                }
            }

            Keys keys() {
                if (addedCount <= LISTED && replacedCount <= LISTED) {
                    return new Keys(added, replaced, null, null, null);
                }
                return new Keys(added, replaced, addedCount, replacedCount, HexFormat.of().formatHex(sha.digest()));
            }
        }
    }
}
