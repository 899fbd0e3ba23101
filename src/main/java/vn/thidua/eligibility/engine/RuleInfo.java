package vn.thidua.eligibility.engine;

/** A compiled rule's identity and metadata, as written in its DRL file. */
public record RuleInfo(String id, String name, String file, String legalBasis, String descriptionVi,
                       String descriptionEn) {
}
