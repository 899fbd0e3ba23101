package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.engine.RuleSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one rule set (DRL, decision tables, {@code parameters.yaml}, test scenarios) and the SHA-256 that
 * names them: the same content always has the same hash, so a run can say exactly which rules
 * decided it.
 */
public record RuleSet(String hash, SortedMap<String, String> files, ParameterTable parameters) {

    public static final String PARAMETERS_FILE = "parameters.yaml";

    public RuleSet {
        files = new TreeMap<>(files);
    }

    /** Builds a rule set from its files; fails with the file and line when parameters.yaml is wrong. */
    public static RuleSet of(Map<String, String> files) {
        SortedMap<String, String> sorted = new TreeMap<>(files);
        String yaml = sorted.get(PARAMETERS_FILE);
        if (yaml == null) {
            throw new InvalidParametersException(java.util.List.of(
                    new ParameterProblem(PARAMETERS_FILE, 0, "the rule set has no " + PARAMETERS_FILE)));
        }
        return new RuleSet(hashOf(sorted), sorted, ParameterTable.parse(yaml));
    }

    public RuleSource source() {
        return RuleSource.of(hash, files);
    }

    /**
     * The SHA-256 of the files, paths included, in path order; a spreadsheet counts by its bytes,
     * not by the base64 text that carries it.
     */
    public static String hashOf(SortedMap<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(RuleSource.bytes(path, text));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
