package vn.thidua.eligibility.engine;

import java.util.List;

/**
 * One rule firing: which rule, under which provisions (those in force on the reference date), over
 * which facts, concluding what. Its name and descriptions are rendered with the parameters in force.
 *
 * @param sequence order of the firing within its session, from 1
 */
public record Firing(int sequence, String ruleId, String ruleName, List<String> provisions, String legalBasis,
                     String legalBasisEn, String descriptionVi, String descriptionEn, List<Object> facts,
                     List<Object> concluded) {
}
