package vn.thidua.eligibility.runs;

import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of everything a completed run publishes, and of each part of it, so that a mismatch
 * can say what changed.
 *
 * @param value the digest over the parts, in the order of {@link RunDigests#PARTS}
 * @param parts {@code run} (its request, status, rule set version and hash, who, when, counts),
 *              {@code decisions} (every column but the traces), {@code traces} (both traces of every
 *              decision), {@code snapshot} (the facts read, chunk by chunk) and {@code ruleSet} (the
 *              hash the run recorded and the hash of the rule set files stored for it)
 */
public record RunDigest(String value, Map<String, String> parts) {

    /** The parts of this digest that are not those of the one recorded, in order; empty when it is the same. */
    public List<String> differingFrom(RunDigest recorded) {
        if (value.equals(recorded.value())) {
            return List.of();
        }
        List<String> differing = parts.keySet().stream()
                .filter(part -> !parts.get(part).equals(recorded.parts().get(part))).toList();
        return differing.isEmpty() ? List.of("digest") : differing;
    }
}
