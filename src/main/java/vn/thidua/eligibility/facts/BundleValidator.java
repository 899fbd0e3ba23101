package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;
import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a whole fact bundle against {@link FactKind}'s table and reports every error at once:
 * unknown kinds and fields, missing and malformed values, cross-field rules, references to
 * subjects found neither in the bundle nor in the database, and natural keys given twice.
 */
final class BundleValidator {

    /** Which of the given codes of units or people the database holds. */
    @FunctionalInterface
    interface StoredSubjects {
        Set<String> existing(SubjectType type, Collection<String> codes);
    }

    /** The stored records of a kind whose field holds one of the values (field name → value, as the export reads them). */
    @FunctionalInterface
    interface StoredRecords {
        List<Map<String, Object>> with(FactKind kind, String field, Collection<String> values);

        StoredRecords NONE = (kind, field, values) -> List.of();
    }

    /** One record of the bundle, read as far as it goes. */
    static final class Entry {
        final RecordPlace place;
        final int index;
        final String path;
        final Map<String, Object> values = new LinkedHashMap<>();
        final List<ApiError.Detail> errors = new ArrayList<>(0);

        Entry(RecordPlace place, int index) {
            this.place = place;
            this.index = index;
            this.path = place.record(index);
        }

        void error(String field, Text message) {
            errors.add(ApiError.Detail.of(field == null ? path : place.field(index, field), message));
        }
    }

    private final List<FactKind> kinds;
    /** "units, people, criteria, …" for messages. */
    private final String kindNames;
    private final List<ApiError.Detail> bundleErrors = new ArrayList<>();
    private final Map<FactKind, List<Entry>> entries = new LinkedHashMap<>();

    private BundleValidator(List<FactKind> kinds) {
        this.kinds = kinds;
        this.kindNames = kinds.stream().map(FactKind::jsonName).collect(Collectors.joining(", "));
    }

    /**
     * @return the records of each kind present, as field name → value, in bundle order
     * @throws RejectedBundleException listing every error, if there is any
     */
    static Map<FactKind, List<Map<String, Object>>> validate(JsonNode root, StoredSubjects stored,
                                                             StoredRecords storedRecords) {
        return validate(root, FactKind.values(), stored, storedRecords);
    }

    /** As {@link #validate(JsonNode, StoredSubjects, StoredRecords)}, for a bundle of the given kinds and nothing stored but subjects. */
    static Map<FactKind, List<Map<String, Object>>> validate(JsonNode root, List<FactKind> kinds,
                                                             StoredSubjects stored) {
        return validate(root, kinds, stored, StoredRecords.NONE);
    }

    /**
     * @param storedRecords the stored periods a bundle's periods must not overlap (those the bundle
     *                      replaces, by natural key, excepted)
     */
    static Map<FactKind, List<Map<String, Object>>> validate(JsonNode root, List<FactKind> kinds,
                                                             StoredSubjects stored, StoredRecords storedRecords) {
        BundleValidator validator = new BundleValidator(kinds);
        validator.read(root);
        validator.checkReferences(stored);
        validator.checkDuplicates();
        validator.checkOverlaps(storedRecords);
        return validator.result();
    }

    private void read(JsonNode root) {
        if (!root.isObject()) {
            throw RejectedBundleException.of(Text.of("bundle.notObject", kindNames, FieldType.describe(root)));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (kinds.stream().noneMatch(k -> k.jsonName().equals(name))) {
                bundleErrors.add(ApiError.Detail.of(name, Text.of("bundle.unknownKind", name, kindNames)));
            }
        }
        for (FactKind kind : kinds) {
            JsonNode array = root.get(kind.jsonName());
            if (array == null || array.isNull()) {
                continue;
            }
            if (!array.isArray()) {
                bundleErrors.add(ApiError.Detail.of(kind.jsonName(),
                        Text.of("bundle.notArray", kind.jsonName(), FieldType.describe(array))));
                continue;
            }
            List<Entry> list = new ArrayList<>(array.size());
            RecordPlace place = RecordPlace.json(kind);
            for (int i = 0; i < array.size(); i++) {
                list.add(readEntry(kind, place, i, array.get(i)));
            }
            entries.put(kind, list);
        }
    }

    /** One record checked on its own: its fields' types and the kind's cross-field rules. */
    static Entry readEntry(FactKind kind, RecordPlace place, int index, JsonNode node) {
        Entry entry = new Entry(place, index);
        if (!node.isObject()) {
            entry.error(null, Text.of("bundle.entryNotObject", kind.jsonName(), FieldType.describe(node)));
            return entry;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (kind.findField(name).isEmpty()) {
                entry.error(name, Text.of("bundle.unknownField", name, kind.jsonName(), kind.fieldNames()));
            }
        }
        for (Field field : kind.fields()) {
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    entry.error(field.name(), Text.of("bundle.required", field.name()));
                }
                continue;
            }
            try {
                entry.values.put(field.name(), field.type().read(field.name(), value));
            } catch (InvalidValue e) {
                entry.error(field.name(), e.text());
            }
        }
        for (RecordCheck check : kind.checks()) {
            check.check(entry.values).ifPresent(e -> entry.error(e.field(), e.text()));
        }
        return entry;
    }

    /** A reference is good when the bundle brings the subject (even a faulty record of it) or the database has it. */
    private void checkReferences(StoredSubjects stored) {
        Map<SubjectType, Set<String>> inBundle = new EnumMap<>(SubjectType.class);
        for (SubjectType type : SubjectType.values()) {
            inBundle.put(type, entries.getOrDefault(FactKind.of(type), List.of()).stream()
                    .map(e -> e.values.get("code")).filter(String.class::isInstance).map(String.class::cast)
                    .collect(Collectors.toSet()));
        }
        record Pending(Entry entry, String field, SubjectType type, String code) {
        }
        List<Pending> pending = new ArrayList<>();
        Map<SubjectType, Set<String>> asked = new EnumMap<>(SubjectType.class);
        entries.forEach((kind, list) -> {
            for (Reference reference : kind.references()) {
                for (Entry entry : list) {
                    SubjectType type = reference.target().apply(entry.values);
                    if (type != null && entry.values.get(reference.field()) instanceof String code
                            && !inBundle.get(type).contains(code)) {
                        pending.add(new Pending(entry, reference.field(), type, code));
                        asked.computeIfAbsent(type, t -> new HashSet<>()).add(code);
                    }
                }
            }
        });
        Map<SubjectType, Set<String>> found = new EnumMap<>(SubjectType.class);
        asked.forEach((type, codes) -> found.put(type, stored.existing(type, codes)));
        for (Pending p : pending) {
            if (!found.get(p.type()).contains(p.code())) {
                p.entry().error(p.field(), noSuchSubject(p.field(), p.code(), p.type()));
            }
        }
    }

    static Text noSuchSubject(String field, String code, SubjectType type) {
        return Text.of("bundle.noSuchSubject", field, code, Text.of("bundle.subject." + type));
    }

    private void checkDuplicates() {
        entries.forEach((kind, list) -> {
            Map<List<Object>, String> first = new HashMap<>();
            for (Entry entry : list) {
                List<Object> key = new ArrayList<>(kind.key().size());
                for (Field field : kind.key()) {
                    key.add(entry.values.get(field.name()));
                }
                if (key.contains(null)) {
                    continue; // a missing or bad key field is reported already
                }
                String earlier = first.putIfAbsent(key, entry.path);
                if (earlier != null) {
                    entry.error(null, Text.of("bundle.duplicate", describeKey(kind, key), earlier));
                }
            }
        });
    }

    /**
     * Periods of one owner (a person's memberships) must not share a day, neither among the bundle's
     * records nor with the stored ones the bundle does not replace. Each overlapping record of the
     * bundle is named with the record it overlaps.
     */
    private void checkOverlaps(StoredRecords storedRecords) {
        entries.forEach((kind, list) -> checkOverlaps(kind, list, storedRecords));
    }

    /** The overlap check of one kind's records, all of them in memory (a kind with periods has about one per person). */
    static void checkOverlaps(FactKind kind, List<Entry> list, StoredRecords storedRecords) {
        kind.periods().ifPresent(periods -> {
            Map<String, List<Entry>> byOwner = new LinkedHashMap<>();
            for (Entry entry : list) {
                if (entry.errors.isEmpty() && entry.values.get(periods.owner()) instanceof String owner) {
                    byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(entry);
                }
            }
            if (byOwner.isEmpty()) {
                return;
            }
            Set<List<Object>> replaced = new HashSet<>();
            list.forEach(e -> replaced.add(keyOf(kind, e.values)));
            Map<String, List<Map<String, Object>>> stored = new HashMap<>();
            for (Map<String, Object> record : storedRecords.with(kind, periods.owner(), byOwner.keySet())) {
                if (!replaced.contains(keyOf(kind, record))) {
                    stored.computeIfAbsent((String) record.get(periods.owner()), o -> new ArrayList<>()).add(record);
                }
            }
            byOwner.forEach((owner, own) -> {
                for (int i = 0; i < own.size(); i++) {
                    Entry entry = own.get(i);
                    for (int j = 0; j < i; j++) {
                        Entry earlier = own.get(j);
                        if (!keyOf(kind, earlier.values).equals(keyOf(kind, entry.values))
                                && overlap(periods, entry.values, earlier.values)) {
                            entry.error(periods.from(), Text.of("bundle.overlap", describePeriod(periods, entry.values),
                                    periods.owner(), owner, earlier.path, describePeriod(periods, earlier.values)));
                        }
                    }
                    for (Map<String, Object> record : stored.getOrDefault(owner, List.of())) {
                        if (overlap(periods, entry.values, record)) {
                            entry.error(periods.from(), Text.of("bundle.overlapStored", describePeriod(periods, entry.values),
                                    periods.owner(), owner, kind.jsonName(), describeRecord(kind, record),
                                    sameKey(kind)));
                        }
                    }
                }
            });
        });
    }

    private static boolean overlap(FactKind.Periods periods, Map<String, Object> a, Map<String, Object> b) {
        LocalDate fromA = (LocalDate) a.get(periods.from());
        LocalDate fromB = (LocalDate) b.get(periods.from());
        LocalDate toA = (LocalDate) a.get(periods.to());
        LocalDate toB = (LocalDate) b.get(periods.to());
        return (toB == null || !fromA.isAfter(toB)) && (toA == null || !fromB.isAfter(toA));
    }

    /** "from 2025-03-01 to 2025-06-30", or "from 2025-07-01 (open)". */
    private static Text describePeriod(FactKind.Periods periods, Map<String, Object> record) {
        Object to = record.get(periods.to());
        return to == null ? Text.of("bundle.periodOpen", periods.from(), record.get(periods.from()))
                : Text.of("bundle.period", periods.from(), record.get(periods.from()), to);
    }

    /** "personCode and from": the natural key's fields, the last joined with the language's "and". */
    private static Object sameKey(FactKind kind) {
        List<String> names = kind.key().stream().map(Field::name).toList();
        return names.size() == 1 ? names.get(0)
                : Text.of("bundle.and", String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }

    private static String describeRecord(FactKind kind, Map<String, Object> record) {
        return kind.fields().stream().filter(f -> record.get(f.name()) != null)
                .map(f -> f.name() + " " + (record.get(f.name()) instanceof java.math.BigDecimal d ? FieldType.show(d) : record.get(f.name()))).collect(Collectors.joining(", "));
    }

    private static List<Object> keyOf(FactKind kind, Map<String, Object> values) {
        List<Object> key = new ArrayList<>(kind.key().size());
        for (Field field : kind.key()) {
            key.add(values.get(field.name()));
        }
        return key;
    }

    static String describeKey(FactKind kind, List<Object> key) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            parts.add(kind.key().get(i).name() + " " + key.get(i));
        }
        return String.join(", ", parts);
    }

    private Map<FactKind, List<Map<String, Object>>> result() {
        List<ApiError.Detail> errors = new ArrayList<>(bundleErrors);
        entries.values().forEach(list -> list.forEach(entry -> errors.addAll(entry.errors)));
        if (!errors.isEmpty()) {
            throw new RejectedBundleException(errors);
        }
        Map<FactKind, List<Map<String, Object>>> records = new LinkedHashMap<>();
        entries.forEach((kind, list) -> records.put(kind, list.stream().map(e -> e.values).toList()));
        return records;
    }
}
