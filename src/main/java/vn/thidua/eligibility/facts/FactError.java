package vn.thidua.eligibility.facts;

/**
 * One reason a fact bundle was rejected.
 *
 * @param path    where: {@code $} for the whole body, {@code criteria} for a kind,
 *                {@code criteria[12]} for a record, {@code criteria[12].score} for a field
 * @param message what is wrong, in English, naming the value
 */
public record FactError(String path, String message) {
}
