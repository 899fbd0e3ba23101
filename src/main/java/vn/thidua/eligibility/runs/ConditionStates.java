package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.engine.Explanation;

import java.util.ArrayList;
import java.util.List;

/**
 * A decision's conditions in the short form of the {@code condition_states} column (V20):
 * {@code " -U1 ?U2 +U3 "}, each code after + (met), - (not met) or ? (could not be judged), separated
 * and enclosed by spaces so that {@code " -U1 "} finds U1 missed and never U10.
 */
final class ConditionStates {
    static final char MET = '+';
    static final char NOT_MET = '-';
    static final char UNDETERMINED = '?';

    private ConditionStates() {
    }

    /** The column's value for a verdict's conditions, in their order. */
    static String of(List<Explanation> conditions) {
        StringBuilder out = new StringBuilder(" ");
        for (Explanation c : conditions) {
            out.append(c.met() == null ? UNDETERMINED : c.met() ? MET : NOT_MET).append(c.code()).append(' ');
        }
        return out.toString();
    }

    /** What to look for in the column to find the decisions that did not meet the condition. */
    static String missed(String code) {
        return " " + NOT_MET + code + " ";
    }

    /** One condition of a stored value. */
    record State(String code, char state) {
    }

    static List<State> parse(String column) {
        List<State> out = new ArrayList<>();
        if (column == null) {
            return out;
        }
        for (String part : column.strip().split(" +")) {
            if (part.length() > 1) {
                out.add(new State(part.substring(1), part.charAt(0)));
            }
        }
        return out;
    }
}
