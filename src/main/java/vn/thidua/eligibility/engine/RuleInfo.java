package vn.thidua.eligibility.engine;

import java.util.List;

/**
 * A compiled rule's identity and metadata, as written in its DRL file.
 *
 * @param provisions the provision codes of {@code @provisions(...)}, empty when the rule has none
 * @param legalBasis the free text of {@code @legalBasis(...)}, null when the rule names provisions only
 * @param line       the rule's line in its file (for a decision table, its row); 0 when unknown
 */
public record RuleInfo(String id, String name, String file, List<String> provisions, String legalBasis,
                       String descriptionVi, String descriptionEn, int line) {
    public RuleInfo {
        provisions = List.copyOf(provisions);
    }
}
