package vn.thidua.eligibility.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule cites on a reference date. A rule names provisions of the rule set's legal register
 * ({@code @provisions("KH-SCT-2021.II.3a.1, L06-2022.D5.K2")}); the register says which of them, or of
 * their replacements, are in force on the date. A rule written before the register gives a
 * {@code @legalBasis} text instead, cited as written. The engine knows no register: the rule set
 * gives one through {@link Source}.
 */
public interface Citations {

    /**
     * @param provisions the codes the rule names, in its order; empty for a rule with a legalBasis text only
     * @param legalBasis the rule's legalBasis text, or null
     */
    Cited cite(List<String> provisions, String legalBasis, LocalDate on);

    /** The citations of a rule source, read from its files (the register travels with the rules). */
    @FunctionalInterface
    interface Source {
        Citations of(RuleSource source);

        /** No register: the codes are cited as they are named. */
        Source AS_NAMED = source -> Citations::asNamed;
    }

    /**
     * @param provisions the codes cited (in force on the date)
     * @param vi         their references joined by "; ", in Vietnamese; a legalBasis text after them
     * @param en         the same in English
     */
    record Cited(List<String> provisions, String vi, String en) {
        public Cited {
            provisions = List.copyOf(provisions);
        }
    }

    static Cited asNamed(List<String> provisions, String legalBasis, LocalDate on) {
        List<String> parts = new ArrayList<>(provisions);
        if (legalBasis != null) {
            parts.add(legalBasis);
        }
        String text = parts.isEmpty() ? null : String.join("; ", parts);
        return new Cited(provisions, text, text);
    }
}
