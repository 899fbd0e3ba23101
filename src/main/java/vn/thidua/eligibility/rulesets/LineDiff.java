package vn.thidua.eligibility.rulesets;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, from their longest common subsequence, with three
 * lines of context like {@code diff -u}. Rule files are a few hundred lines, so the quadratic
 * table is small.
 */
final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /** {@code null} text means the file is absent on that side; the answer is "" when both are equal. */
    static String unified(String path, String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        List<String> ops = script(a, b);
        if (ops.stream().allMatch(op -> op.startsWith(" "))) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
        out.append("+++ ").append(after == null ? "/dev/null" : "b/" + path).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).startsWith(" ")) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while the next change is within twice the context
            while (end < ops.size()) {
                int next = end;
                while (next < ops.size() && ops.get(next).startsWith(" ")) {
                    next++;
                }
                if (next == ops.size() || next - end > 2 * CONTEXT) {
                    end = Math.min(ops.size(), end + CONTEXT);
                    break;
                }
                end = next + 1;
            }
            hunk(ops, start, end, out);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(List<String> ops, int start, int end, StringBuilder out) {
        int oldLine = 1;
        int newLine = 1;
        for (int k = 0; k < start; k++) {
            oldLine += ops.get(k).startsWith("+") ? 0 : 1;
            newLine += ops.get(k).startsWith("-") ? 0 : 1;
        }
        int oldCount = 0;
        int newCount = 0;
        for (int k = start; k < end; k++) {
            oldCount += ops.get(k).startsWith("+") ? 0 : 1;
            newCount += ops.get(k).startsWith("-") ? 0 : 1;
        }
        out.append("@@ -").append(oldCount == 0 ? oldLine - 1 : oldLine).append(',').append(oldCount)
                .append(" +").append(newCount == 0 ? newLine - 1 : newLine).append(',').append(newCount).append(" @@\n");
        for (int k = start; k < end; k++) {
            out.append(ops.get(k)).append('\n');
        }
    }

    /** Each line of the edit script prefixed with ' ', '-' or '+'. */
    private static List<String> script(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                ops.add(" " + a[i++]);
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a[i++]);
            } else {
                ops.add("+" + b[j++]);
            }
        }
        return ops;
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.split("\n", -1);
    }
}
