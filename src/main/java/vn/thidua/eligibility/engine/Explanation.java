package vn.thidua.eligibility.engine;

import java.util.Map;

/**
 * A condition's result or an exclusion, in words, with the rule that found it.
 *
 * @param met null for an exclusion
 */
public record Explanation(String code, Boolean met, String textVi, String textEn, String ruleId,
                          String legalBasis, Map<String, Object> values) {
}
