package vn.thidua.eligibility.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, before it is confirmed: records new and unchanged are counted, and every
 * record that would replace a stored one with other values is listed, field by field (before → after).
 * A replacement is easy to miss in a count: a scored item imported for a new unit under a stored item's
 * code takes that item away from its unit.
 *
 * @param added        records whose natural key is new
 * @param unchanged    records identical to the stored record of their key
 * @param changed      records that would replace a stored record with other values
 * @param kinds        the same per kind, for every kind (in the import format's order)
 * @param replacements the changed records, at most {@value #LISTED}; {@link #unlisted()} says how many more
 */
public record ImportPreview(int added, int unchanged, int changed, Map<String, Counts> kinds,
                            List<Replacement> replacements) {
    /** Replacements listed at most: enough to read through, and the count says the rest. */
    public static final int LISTED = 200;

    public ImportPreview {
        kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        replacements = List.copyOf(replacements);
    }

    public record Counts(int added, int unchanged, int changed) {
    }

    /**
     * One stored record the import would replace.
     *
     * @param kind    the kind's name in the import format
     * @param key     its natural key, its fields joined by "/" (as the audit log writes it)
     * @param changes only the fields whose value changes
     */
    public record Replacement(String kind, String key, List<Change> changes) {
        public Replacement {
            changes = List.copyOf(changes);
        }
    }

    /**
     * @param field  the field's name in the import format
     * @param label  its Vietnamese heading (the workbook's)
     * @param before the stored value, null when absent
     * @param after  the imported value, null when absent
     */
    public record Change(String field, String label, Object before, Object after) {
    }

    /** Records whose key is stored: replaced, with or without a change. */
    public int replaced() {
        return unchanged + changed;
    }

    /** Changed records not listed, beyond {@value #LISTED}. */
    public int unlisted() {
        return changed - replacements.size();
    }
}
