package vn.thidua.eligibility.rulesets;

import java.time.LocalDate;

/**
 * One provision of the legal register (provisions.yaml): a point of a plan, law, decree or circular
 * that rules and parameters name by its code.
 *
 * @param document   the legal document it belongs to ("Nghị định 98/2023/NĐ-CP")
 * @param to         its last day in force, null while in force
 * @param replacedBy the code of the provision that replaces it from the day after {@code to}, or null
 * @param verified   false when its article number could not be checked against the official text
 * @param line       where it is written in provisions.yaml
 */
public record Provision(String code, String document, String referenceVi, String referenceEn, LocalDate from,
                        LocalDate to, String replacedBy, boolean verified, int line) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
