package vn.thidua.eligibility.facts;

/** Published once a fact bundle is stored. */
public record FactsImported(String user, ImportReport report) {
}
