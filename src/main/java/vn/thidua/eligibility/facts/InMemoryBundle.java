package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.model.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fact bundle turned into one group of model facts without touching the database: for the test
 * scenarios of a rule set. The bundle is checked exactly as an import is, except that every
 * reference must be to a unit or person of the bundle itself.
 */
public final class InMemoryBundle {
    private InMemoryBundle() {
    }

    /**
     * @param bundle the bundle as a JSON tree, decimals read as {@link java.math.BigDecimal}
     * @return every unit and person as subjects (units first, in bundle order), every other record as a fact
     * @throws RejectedBundleException listing every error
     */
    public static FactGroup read(JsonNode bundle) {
        Map<FactKind, List<Map<String, Object>>> records = BundleValidator.validate(bundle, (type, codes) -> Set.of(), BundleValidator.StoredRecords.NONE);
        List<Subject> subjects = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        records.forEach((kind, list) -> list.forEach(r -> {
            Object fact = kind.toModel(r);
            if (fact instanceof Subject subject) {
                subjects.add(subject);
            } else {
                facts.add(fact);
            }
        }));
        return new FactGroup(subjects, facts);
    }
}
