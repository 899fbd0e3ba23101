package vn.thidua.eligibility.engine;

import java.util.List;
import java.util.Map;

/**
 * A condition's result, an exclusion or a deferral, in words, with the rule that found it and what
 * that rule cites on the reference date.
 *
 * @param met          for a condition, true or false, or null when it could not be judged (its facts
 *                     are missing, which the text names); null for an exclusion or a deferral
 * @param provisions   the provisions cited (in force on the reference date)
 * @param legalBasis   their references, in Vietnamese
 * @param legalBasisEn the same in English
 */
public record Explanation(String code, Boolean met, String textVi, String textEn, String ruleId,
                          List<String> provisions, String legalBasis, String legalBasisEn, Map<String, Object> values) {
}
