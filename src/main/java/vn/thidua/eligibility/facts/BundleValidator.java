package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.eligibility.model.SubjectType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** One record of the bundle, read as far as it goes. */
    private static final class Entry {
        final String path;
        final Map<String, Object> values = new LinkedHashMap<>();
        final List<ApiError.Detail> errors = new ArrayList<>(0);

        Entry(String path) {
            this.path = path;
        }

        void error(String field, String message) {
            errors.add(new ApiError.Detail(field == null ? path : path + "." + field, message));
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
    static Map<FactKind, List<Map<String, Object>>> validate(JsonNode root, StoredSubjects stored) {
        return validate(root, FactKind.values(), stored);
    }

    /** As {@link #validate(JsonNode, StoredSubjects)}, for a bundle of the given kinds. */
    static Map<FactKind, List<Map<String, Object>>> validate(JsonNode root, List<FactKind> kinds,
                                                             StoredSubjects stored) {
        BundleValidator validator = new BundleValidator(kinds);
        validator.read(root);
        validator.checkReferences(stored);
        validator.checkDuplicates();
        return validator.result();
    }

    private void read(JsonNode root) {
        if (!root.isObject()) {
            throw RejectedBundleException.of("The fact bundle must be a JSON object with arrays of facts ("
                    + kindNames + "), not " + FieldType.describe(root));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (kinds.stream().noneMatch(k -> k.jsonName().equals(name))) {
                bundleErrors.add(new ApiError.Detail(name, "Unknown fact kind '" + name + "'; known: " + kindNames));
            }
        }
        for (FactKind kind : kinds) {
            JsonNode array = root.get(kind.jsonName());
            if (array == null || array.isNull()) {
                continue;
            }
            if (!array.isArray()) {
                bundleErrors.add(new ApiError.Detail(kind.jsonName(),
                        kind.jsonName() + " must be an array, not " + FieldType.describe(array)));
                continue;
            }
            List<Entry> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(readEntry(kind, kind.jsonName() + "[" + i + "]", array.get(i)));
            }
            entries.put(kind, list);
        }
    }

    private static Entry readEntry(FactKind kind, String path, JsonNode node) {
        Entry entry = new Entry(path);
        if (!node.isObject()) {
            entry.error(null, "Each entry of " + kind.jsonName() + " must be an object, not " + FieldType.describe(node));
            return entry;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (kind.findField(name).isEmpty()) {
                entry.error(name, "Unknown field '" + name + "'; " + kind.jsonName() + " have: " + kind.fieldNames());
            }
        }
        for (Field field : kind.fields()) {
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    entry.error(field.name(), field.name() + " is required");
                }
                continue;
            }
            try {
                entry.values.put(field.name(), field.type().read(field.name(), value));
            } catch (InvalidValue e) {
                entry.error(field.name(), e.getMessage());
            }
        }
        for (RecordCheck check : kind.checks()) {
            check.check(entry.values).ifPresent(e -> entry.error(e.field(), e.message()));
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
                p.entry().error(p.field(), p.field() + " '" + p.code() + "' names no "
                        + p.type().name().toLowerCase(Locale.ROOT) + " in this bundle or in the database");
            }
        }
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
                    entry.error(null, "Duplicate key (" + describeKey(kind, key) + "): already given at " + earlier);
                }
            }
        });
    }

    private static String describeKey(FactKind kind, List<Object> key) {
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
