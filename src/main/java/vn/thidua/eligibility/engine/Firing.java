package vn.thidua.eligibility.engine;

import java.util.List;

/**
 * One rule firing: which rule, under which provisions (those in force on the reference date), over
 * which facts, concluding what. Its name and descriptions are rendered with the parameters in force.
 *
 * @param sequence order of the firing within its session, from 1
 * @param facts    every fact the rule matched, in match order
 * @param counted  those of {@code facts} that reached the rule only inside an accumulate's collection
 *                 (the unit's dossiers it counted), not bound to a pattern of their own: a trace may
 *                 name them by key, since what they add up to is in what the rule concluded
 */
public record Firing(int sequence, String ruleId, String ruleName, List<String> provisions, String legalBasis,
                     String legalBasisEn, String descriptionVi, String descriptionEn, List<Object> facts,
                     List<Object> counted, List<Object> concluded) {
}
