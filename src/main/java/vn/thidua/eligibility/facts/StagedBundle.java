package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A bundle (or a CSV file) checked as it is read, record by record, into {@link StagingTables}: each
 * record's own checks at once, as {@link BundleValidator} does them, and then, with every record
 * staged, the checks across records: references to units and people, natural keys given twice,
 * overlapping periods. Memory holds only codes: the units' and people's of the bundle and the distinct
 * codes its records name; and the records of the one kind with periods (a person's memberships, about
 * one per person), whose overlaps are checked by {@link BundleValidator} itself.
 * <p>
 * At most {@value #LISTED_ERRORS} errors are listed, in the order of the kinds and records, each record's
 * own errors before those across records; a last line says when more were found.
 */
final class StagedBundle implements BundleReader.Records {
    static final int LISTED_ERRORS = 1000;

    private final StagingTables tables;
    private final Function<FactKind, RecordPlace> placeOf;
    private final Map<FactKind, RecordPlace> places = new HashMap<>();
    private final List<Located> recordErrors = new ArrayList<>();
    private int unlisted;
    private final Map<SubjectType, Set<String>> subjects = new EnumMap<>(SubjectType.class);
    private final Map<SubjectType, Set<String>> named = new EnumMap<>(SubjectType.class);
    private final Map<FactKind, Map<Integer, BundleValidator.Entry>> periods = new LinkedHashMap<>();
    private int errorOrder;

    /** An error with where it sorts: its kind's place in the write order (-1: the bundle), its record, then found first. */
    private record Located(int kind, int seq, int order, ApiError.Detail detail) {
        static final Comparator<Located> ORDER = Comparator.comparingInt(Located::kind).thenComparingInt(Located::seq)
                .thenComparingInt(Located::order);
    }

    StagedBundle(StagingTables tables, Function<FactKind, RecordPlace> placeOf) {
        this.tables = tables;
        this.placeOf = placeOf;
        for (SubjectType type : SubjectType.values()) {
            subjects.put(type, new HashSet<>());
            named.put(type, new HashSet<>());
        }
    }

    /** For a JSON bundle: records are placed as {@code kind[index]}. */
    static StagedBundle json(StagingTables tables) {
        return new StagedBundle(tables, RecordPlace::json);
    }

    @Override
    public void record(FactKind kind, int index, JsonNode node) {
        record(kind, index, node, Map.of());
    }

    /**
     * A record with values its source could not turn into the import format's (a CSV date in no
     * accepted form): those fields are left out of {@code node} and reported with these errors, not as missing.
     */
    void record(FactKind kind, int index, JsonNode node, Map<String, Text> valueErrors) {
        BundleValidator.Entry entry = BundleValidator.readEntry(kind, place(kind), index, node);
        if (!valueErrors.isEmpty()) {
            RecordPlace place = place(kind);
            valueErrors.keySet().forEach(field -> entry.errors.removeIf(e -> e.path().equals(place.field(index, field))));
            valueErrors.forEach(entry::error);
        }
        if (kind.periods().isPresent()) {
            periods.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(index, entry);
        } else {
            entry.errors.forEach(e -> add(kind, index, e));
        }
        for (SubjectType type : SubjectType.values()) {
            if (kind == FactKind.of(type) && entry.values.get("code") instanceof String code) {
                subjects.get(type).add(code);
            }
        }
        for (Reference reference : kind.references()) {
            SubjectType type = reference.target().apply(entry.values);
            if (type != null && entry.values.get(reference.field()) instanceof String code) {
                named.get(type).add(code);
            }
        }
        tables.add(kind, index, entry.values);
    }

    @Override
    public void bundleError(ApiError.Detail error) {
        add(-1, 0, error);
    }

    /**
     * Checks across the records, against the bundle and the database, in the import's transaction.
     *
     * @throws RejectedBundleException with every error, the records' own and these
     */
    void check(BundleValidator.StoredSubjects stored, BundleValidator.StoredRecords storedRecords) {
        tables.flush();
        List<Located> errors = new ArrayList<>(recordErrors);
        Map<SubjectType, Set<String>> missing = missingSubjects(stored);
        for (FactKind kind : tables.kinds()) {
            RecordPlace place = place(kind);
            for (Reference reference : kind.references()) {
                for (SubjectType type : SubjectType.values()) {
                    if (missing.get(type).isEmpty() || !reference.byType() && reference.target().apply(Map.of()) != type) {
                        continue;
                    }
                    for (StagingTables.Referring r : tables.referring(kind, reference, type, missing.get(type), LISTED_ERRORS)) {
                        report(errors, kind, r.seq(), ApiError.Detail.of(place.field(r.seq(), reference.field()),
                                BundleValidator.noSuchSubject(reference.field(), r.code(), type)));
                    }
                }
            }
            for (StagingTables.Duplicate d : tables.duplicates(kind)) {
                report(errors, kind, d.seq(), ApiError.Detail.of(place.record(d.seq()), Text.of("bundle.duplicate",
                        BundleValidator.describeKey(kind, d.key()), place.record(d.first()))));
            }
        }
        periods.forEach((kind, entries) -> {
            BundleValidator.checkOverlaps(kind, new ArrayList<>(entries.values()), storedRecords);
            entries.values().forEach(entry -> entry.errors.forEach(e -> located(errors, kind, entry.index, e)));
        });
        if (!errors.isEmpty()) {
            errors.sort(Located.ORDER);
            List<ApiError.Detail> details = new ArrayList<>(errors.stream().limit(LISTED_ERRORS).map(Located::detail).toList());
            if (unlisted > 0 || errors.size() > LISTED_ERRORS) {
                details.add(ApiError.Detail.of("$", Text.of("bundle.moreErrors", LISTED_ERRORS)));
            }
            throw new RejectedBundleException(details);
        }
    }

    /** A reference or duplicate error: on the kept record of a kind with periods (its overlaps skip it), else listed. */
    private void report(List<Located> errors, FactKind kind, int seq, ApiError.Detail detail) {
        BundleValidator.Entry entry = periods.getOrDefault(kind, Map.of()).get(seq);
        if (entry != null) {
            entry.errors.add(detail);
        } else {
            located(errors, kind, seq, detail);
        }
    }

    /** Each query across records stops at the listed number, so these lists stay short. */
    private void located(List<Located> errors, FactKind kind, int seq, ApiError.Detail detail) {
        errors.add(new Located(FactKind.values().indexOf(kind), seq, errorOrder++, detail));
    }

    /** The codes records name that are neither a unit or person of the bundle nor stored, by type. */
    private Map<SubjectType, Set<String>> missingSubjects(BundleValidator.StoredSubjects stored) {
        Map<SubjectType, Set<String>> missing = new EnumMap<>(SubjectType.class);
        named.forEach((type, codes) -> {
            Set<String> outside = new HashSet<>(codes);
            outside.removeAll(subjects.get(type));
            if (!outside.isEmpty()) {
                outside.removeAll(stored.existing(type, outside));
            }
            missing.put(type, outside);
        });
        return missing;
    }

    private void add(FactKind kind, int index, ApiError.Detail error) {
        add(FactKind.values().indexOf(kind), index, error);
    }

    private void add(int kind, int index, ApiError.Detail error) {
        if (recordErrors.size() < LISTED_ERRORS) {
            recordErrors.add(new Located(kind, index, errorOrder++, error));
        } else {
            unlisted++;
        }
    }

    private RecordPlace place(FactKind kind) {
        return places.computeIfAbsent(kind, placeOf);
    }
}
