package vn.thidua.eligibility.engine;

import java.util.Map;

/**
 * A condition's result, an exclusion or a deferral, in words, with the rule that found it.
 *
 * @param met for a condition, true or false, or null when it could not be judged (its facts are
 *            missing, which the text names); null for an exclusion or a deferral
 */
public record Explanation(String code, Boolean met, String textVi, String textEn, String ruleId,
                          String legalBasis, Map<String, Object> values) {
}
