package vn.thidua.eligibility.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an accepted fact bundle changed.
 *
 * @param added    records whose natural key was new
 * @param replaced records that replaced a stored record of the same natural key
 * @param kinds    the same per kind, for every kind (in the import format's order)
 */
public record ImportReport(int added, int replaced, Map<String, Counts> kinds) {

    public ImportReport {
        kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    public record Counts(int added, int replaced) {
    }
}
