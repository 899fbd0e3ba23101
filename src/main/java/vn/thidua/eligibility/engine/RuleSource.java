package vn.thidua.eligibility.engine;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rule files to compile, by path (e.g. {@code unit-conditions.drl}), and the hash that names them.
 * Rules are {@code .drl} files and spreadsheet decision tables ({@code *.drl.xlsx}); other files
 * (parameters, scenarios) are ignored here.
 * <p>
 * Every file travels as text, so that the API, the database and the run snapshots need no second
 * kind of content; a spreadsheet, being binary, is carried as its base64 text. {@link #bytes} and
 * {@link #content} are the one place that knows it.
 */
public record RuleSource(String hash, SortedMap<String, String> files) {
    /** Drools takes a spreadsheet for a decision table only under this name; a plain .xlsx is silently ignored. */
    public static final String DECISION_TABLE = ".drl.xlsx";

    public RuleSource {
        files = new TreeMap<>(files);
    }

    public static RuleSource of(String hash, Map<String, String> files) {
        return new RuleSource(hash, new TreeMap<>(files));
    }

    /** A spreadsheet, carried as base64 (whether or not it is named so that Drools reads it). */
    public static boolean isBinary(String path) {
        return path.endsWith(".xlsx");
    }

    /**
     * The bytes the file stands for: its UTF-8 text, or a spreadsheet's decoded base64 (line
     * breaks allowed, as {@code base64} wraps its output).
     *
     * @throws IllegalArgumentException when a spreadsheet's text is not base64
     */
    public static byte[] bytes(String path, String content) {
        if (isBinary(path)) {
            return Base64.getDecoder().decode(content.replaceAll("\\s", ""));
        }
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The text that carries the bytes of a file read from disk; the inverse of {@link #bytes}. */
    public static String content(String path, byte[] bytes) {
        return isBinary(path) ? Base64.getEncoder().encodeToString(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }
}
