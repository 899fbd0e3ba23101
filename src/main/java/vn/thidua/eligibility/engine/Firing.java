package vn.thidua.eligibility.engine;

import java.util.List;

/**
 * One rule firing: which rule, under which legal basis, over which facts, concluding what.
 *
 * @param sequence order of the firing within its session, from 1
 */
public record Firing(int sequence, String ruleId, String ruleName, String legalBasis, String descriptionVi,
                     String descriptionEn, List<Object> facts, List<Object> concluded) {
}
