package vn.thidua.eligibility.engine;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rule files to compile, by path (e.g. {@code unit-conditions.drl}), and the hash that names them.
 * Only {@code .drl} files are rules; other files (parameters, scenarios) are ignored here.
 */
public record RuleSource(String hash, SortedMap<String, String> files) {
    public RuleSource {
        files = new TreeMap<>(files);
    }

    public static RuleSource of(String hash, Map<String, String> files) {
        return new RuleSource(hash, new TreeMap<>(files));
    }
}
