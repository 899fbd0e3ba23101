package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.web.Labels;
import vn.thidua.eligibility.web.PageFormats;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out what a rule saw and concluded as tables an auditor can read: one table per kind of
 * fact, a column per field, named in the page's language, values written as on paper (dates
 * dd/MM/yyyy, decimals with a comma in Vietnamese, yes and no in words).
 */
@Component
class TraceTables {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE_WORD = Pattern.compile("[A-Z][A-Z_]+");
    private static final Pattern SUBJECT_REF = Pattern.compile("(UNIT|PERSON):(.+)");
    private static final String NOTHING = "—";
    /** Written in every fact of its kind, so already said by the table's title. */
    private static final Set<String> IMPLIED = Set.of("type", "subjectType");

    private final Labels labels;
    private final PageFormats formats;

    TraceTables(Labels labels, PageFormats formats) {
        this.labels = labels;
        this.formats = formats;
    }

    record Step(DecisionView.TraceStep step, List<FactTable> saw, List<Counted> counted, List<FactTable> concluded) {
    }

    /** Facts a rule only counted, named by key: their kind, how many, and their keys. */
    record Counted(String title, int count, String keys) {
    }

    record FactTable(String title, List<String> columns, List<List<String>> rows) {
    }

    List<Step> steps(List<DecisionView.TraceStep> trace) {
        return trace.stream().map(s -> new Step(s, tables(s.facts()), counted(s.counted()), tables(s.concluded()))).toList();
    }

    private List<Counted> counted(JsonNode byType) {
        List<Counted> out = new ArrayList<>();
        if (byType != null) {
            byType.fields().forEachRemaining(e -> {
                List<String> keys = new ArrayList<>();
                e.getValue().forEach(k -> keys.add(k.asText()));
                out.add(new Counted(labels.of("fact.type." + e.getKey(), e.getKey()), keys.size(), String.join("; ", keys)));
            });
        }
        return out;
    }

    List<FactTable> tables(JsonNode facts) {
        Map<String, List<JsonNode>> byType = new LinkedHashMap<>();
        for (JsonNode fact : facts) {
            byType.computeIfAbsent(fact.path("type").asText(""), t -> new ArrayList<>()).add(fact);
        }
        List<FactTable> tables = new ArrayList<>();
        byType.forEach((type, list) -> {
            Set<String> fields = new LinkedHashSet<>();
            list.forEach(f -> f.fieldNames().forEachRemaining(fields::add));
            fields.removeAll(IMPLIED);
            List<String> columns = fields.stream().map(f -> labels.of("fact.field." + f, f)).toList();
            List<List<String>> rows = list.stream()
                    .map(f -> fields.stream().map(name -> type.equals("Parameter") && name.equals("value")
                            ? parameter(f.get(name)) : value(name, f.get(name))).toList())
                    .toList();
            tables.add(new FactTable(labels.of("fact.type." + type, type), columns, rows));
        });
        return tables;
    }

    /** A parameter that is a decimal (0.80) is a share, read as a percentage (80%), as the rules' texts write it; any other as it is. */
    private String parameter(JsonNode v) {
        if (v != null && v.isNumber() && !v.isIntegralNumber()) {
            return formats.share(v.decimalValue());
        }
        return value(null, v);
    }

    /** @param field the value's name, if it has one: a year is a number written without separators */
    private String value(String field, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return NOTHING;
        }
        if (v.isBoolean()) {
            return labels.of(v.asBoolean() ? "value.yes" : "value.no", v.asText());
        }
        if (v.isIntegralNumber() && field != null && field.toLowerCase(Locale.ROOT).endsWith("year")) {
            return v.asText();
        }
        if (v.isNumber()) {
            return formats.number(v.decimalValue());
        }
        if (v.isTextual()) {
            return text(field, v.asText());
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(value(field, item)));
            return items.isEmpty() ? NOTHING : String.join("; ", items);
        }
        if (v.has("numerator") && v.has("denominator")) {
            return formats.ratio(v.get("numerator").decimalValue(), v.get("denominator").decimalValue());
        }
        // an item nested in another fact (an improvement's two years) is known by its code and score
        if (v.has("code") && v.has("score") && v.has("maxScore")) {
            return v.path("code").asText() + " (" + value("year", v.get("year")) + ": "
                    + value(null, v.get("score")) + "/" + value(null, v.get("maxScore")) + ")";
        }
        List<String> pairs = new ArrayList<>();
        v.fields().forEachRemaining(e -> {
            if (!IMPLIED.contains(e.getKey())) {
                pairs.add(labels.of("fact.field." + e.getKey(), e.getKey()) + ": " + value(e.getKey(), e.getValue()));
            }
        });
        return String.join(", ", pairs);
    }

    /** ISO dates as on paper; the rules' own words (ANNUAL, GIAY_KHEN_CCHC, an outcome) in the page's language. */
    private String text(String field, String s) {
        if (ISO_DATE.matcher(s).matches()) {
            return formats.date(LocalDate.parse(s));
        }
        Matcher subject = SUBJECT_REF.matcher(s);
        if (subject.matches()) {
            return labels.code(Labels.FACT_VALUE, subject.group(1)) + " " + subject.group(2);
        }
        if (CODE_WORD.matcher(s).matches()) {
            return labels.code("outcome".equals(field) ? Labels.OUTCOME : Labels.FACT_VALUE, s);
        }
        return s;
    }
}
