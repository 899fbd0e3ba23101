package vn.thidua.eligibility.rulesets;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** A unified diff of two texts with three lines of context, like {@code diff -u}. */
final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /** {@code null} text means the file is absent on that side; the answer is "" when both are equal. */
    static String unified(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + path,
                after == null ? "/dev/null" : "b/" + path, a, DiffUtils.diff(a, b), CONTEXT);
        if (diff.isEmpty()) {
            return "";
        }
        // an empty side is one hunk, which the library numbers 1,0 where diff -u and patch say 0,0
        if (a.isEmpty() || b.isEmpty()) {
            diff.set(2, diff.get(2).replace(a.isEmpty() ? "-1,0 " : "+1,0 ", a.isEmpty() ? "-0,0 " : "+0,0 "));
        }
        return String.join("\n", diff) + "\n";
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
