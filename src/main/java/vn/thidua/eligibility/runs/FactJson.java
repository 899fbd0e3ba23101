package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.FactOrder;
import vn.thidua.eligibility.engine.Firing;
import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.Unit;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.Subject;

import java.util.ArrayList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes facts as JSON tagged with their type, as they were when the run read them, so a trace
 * and a snapshot can be read back after the data change. A finding names its subject by
 * reference instead of repeating it.
 */
@Component
class FactJson {
    /** The facts a group is read as: plain values written straight out, each tagged with its type. */
    private static final List<Class<?>> READ_FACTS = List.of(Unit.class, Person.class, Criterion.class, ProvincialTask.class,
            Dossier.class, Initiative.class, Discipline.class, Rating.class, Award.class);

    private final ObjectMapper mapper;
    private final ObjectMapper typed;
    private final ThreadLocal<Map<Object, JsonNode>> shared = new ThreadLocal<>();

    FactJson(ObjectMapper mapper) {
        this.mapper = mapper;
        ObjectMapper copy = mapper.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        READ_FACTS.forEach(type -> copy.addMixIn(type, TaggedWithType.class));
        this.typed = copy;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface TaggedWithType {
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Does the work with every model fact turned into JSON once: a group's traces and explanations
     * name the same person, unit, parameters and evaluation in firing after firing. The nodes are
     * shared, never changed once made.
     */
    <T> T sharingFacts(Supplier<T> work) {
        if (shared.get() != null) {
            return work.get();
        }
        shared.set(new IdentityHashMap<>());
        try {
            return work.get();
        } finally {
            shared.remove();
        }
    }

    JsonNode fact(Object fact) {
        if (fact instanceof Collection<?> c) {
            ArrayNode array = mapper.createArrayNode();
            c.forEach(x -> array.add(fact(x)));
            return array;
        }
        if (fact == null || !fact.getClass().getPackageName().equals(Subject.class.getPackageName())
                || fact.getClass().isEnum() || fact.getClass().isRecord()) {
            return mapper.valueToTree(fact);
        }
        Map<Object, JsonNode> made = shared.get();
        JsonNode known = made == null ? null : made.get(fact);
        if (known != null) {
            return known;
        }
        JsonNode node = modelFact(fact);
        if (made != null) {
            made.put(fact, node);
        }
        return node;
    }

    private JsonNode modelFact(Object fact) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", fact.getClass().getSimpleName());
        if (fact instanceof Finding f) {
            node.put("subject", f.getSubject().ref().toString());
            node.put("code", f.getCode());
            if (fact instanceof vn.thidua.eligibility.model.ConditionResult c) {
                if (c.isJudged()) {
                    node.put("met", c.isMet());
                } else {
                    node.put("undetermined", true);
                }
            }
            node.set("values", values(f.getValues()));
            return node;
        }
        if (fact instanceof Parameter p) {
            // its typed getters are views for the rules, not properties
            node.put("name", p.getName());
            node.set("value", mapper.valueToTree(p.getValue()));
            node.set("inForceFrom", mapper.valueToTree(p.getInForceFrom()));
            return node;
        }
        ObjectNode props = mapper.valueToTree(fact);
        props.fields().forEachRemaining(e -> node.set(e.getKey(), e.getValue() instanceof ObjectNode
                && e.getValue().has("subjectType") ? mapper.getNodeFactory().textNode(
                e.getValue().get("subjectType").asText() + ":" + e.getValue().get("code").asText()) : e.getValue()));
        return node;
    }

    ObjectNode values(Map<String, Object> values) {
        ObjectNode node = mapper.createObjectNode();
        values.forEach((k, v) -> node.set(k, fact(v)));
        return node;
    }

    /**
     * The firings as a trace stores them. A firing that counted more than {@code countedInFull} facts
     * through an accumulate (a unit's thousand dossiers) names those by key under {@code "counted"},
     * by type, instead of copying each: the ones that explain the result (the late dossiers, the
     * counts) are in full in what it concluded, and every one is in the run's snapshot.
     *
     * @param countedInFull null for a run made before traces named facts by key: every fact in full
     */
    ArrayNode firings(List<Firing> firings, Integer countedInFull) {
        ArrayNode out = mapper.createArrayNode();
        for (Firing f : firings) {
            ObjectNode n = out.addObject();
            n.put("sequence", f.sequence());
            n.put("ruleId", f.ruleId());
            n.put("ruleName", f.ruleName());
            citation(n, f.provisions(), f.legalBasis(), f.legalBasisEn());
            n.put("descriptionVi", f.descriptionVi());
            n.put("descriptionEn", f.descriptionEn());
            if (countedInFull == null || f.counted().size() <= countedInFull) {
                n.set("facts", fact(f.facts()));
            } else {
                Set<Object> counted = Collections.newSetFromMap(new IdentityHashMap<>());
                counted.addAll(f.counted());
                n.set("facts", fact(f.facts().stream().filter(x -> !counted.contains(x)).toList()));
                Map<String, List<String>> keys = new LinkedHashMap<>();
                f.counted().forEach(x -> keys.computeIfAbsent(x.getClass().getSimpleName(), t -> new ArrayList<>()).add(FactOrder.key(x)));
                ObjectNode byType = n.putObject("counted");
                keys.forEach((type, list) -> list.stream().sorted().forEach(byType.putArray(type)::add));
            }
            n.set("concluded", fact(f.concluded()));
        }
        return out;
    }

    /**
     * What a rule cited: the provisions and their references. A run of a rule set written before the
     * register (no provisions, a legalBasis text the same in both languages) is stored exactly as it
     * was before the register, so that its replay still compares equal.
     */
    static void citation(ObjectNode n, List<String> provisions, String vi, String en) {
        if (!provisions.isEmpty()) {
            provisions.forEach(n.putArray("provisions")::add);
        }
        n.put("legalBasis", vi);
        if (en != null && !en.equals(vi)) {
            n.put("legalBasisEn", en);
        }
    }

    ObjectNode group(FactGroup group) {
        ObjectNode n = mapper.createObjectNode();
        n.set("subjects", fact(group.subjects()));
        n.set("facts", fact(group.facts()));
        return n;
    }

    /**
     * The bytes of {@link #group}, the facts read from the database written straight to the output
     * rather than through a tree: a run writes a province's million dossiers this way.
     */
    byte[] groupBytes(FactGroup group) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * (group.subjects().size() + group.facts().size()));
        try (JsonGenerator g = typed.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("subjects");
            write(g, group.subjects());
            g.writeEndArray();
            g.writeArrayFieldStart("facts");
            write(g, group.facts());
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(JsonGenerator g, List<?> facts) throws IOException {
        for (Object fact : facts) {
            if (READ_FACTS.contains(fact.getClass())) {
                typed.writeValue(g, fact);
            } else {
                g.writeTree(fact(fact));
            }
        }
    }

    byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
