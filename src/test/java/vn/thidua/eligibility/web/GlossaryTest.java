package vn.thidua.eligibility.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.thidua.eligibility.facts.FactKind;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.PersonCategory;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.Subject;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.proposals.CouncilResult;
import vn.thidua.eligibility.proposals.ProposalStatus;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code that reaches a page or a document has its words in both bundles, under the glossary's
 * key {@code <set>.<CODE>} (see the package documentation): the enums of the model and of the
 * modules, the facts' kinds and fields, the codes the shipped rules write, and the audit log's events.
 */
class GlossaryTest {
    private static final Properties VIETNAMESE = bundle("i18n/messages.properties");
    private static final Properties ENGLISH = bundle("i18n/messages_en.properties");

    @Test
    void everyCodeOfEverySetHasAVietnameseAndAnEnglishLabel() {
        List<String> keys = new ArrayList<>();
        keys.addAll(keys(Labels.OUTCOME, Outcome.values()));
        keys.addAll(keys("status", RunStatus.values()));
        keys.addAll(keys("proposal.status", ProposalStatus.values()));
        keys.addAll(keys("proposal.result", CouncilResult.values()));
        keys.addAll(keys("ruleset.status", RuleSetStatus.values()));
        keys.addAll(keys("role", Role.values()));
        for (Enum<?>[] values : List.<Enum<?>[]>of(SubjectType.values(), RunKind.values(), AwardType.values(),
                DisciplineKind.values(), Gender.values(), PersonCategory.values(), RatingLevel.values())) {
            keys.addAll(keys(Labels.FACT_VALUE, values));
        }
        rules(Pattern.compile("new (?:Exclusion|Deferral)\\([^,]+, \"([A-Z_]+)\"")).forEach(c -> keys.add(Labels.FACT_VALUE + "." + c));
        matches(Path.of("src/main/java/vn/thidua/eligibility/model"), ".java", Pattern.compile("super\\([a-z]+, \"([A-Z_]+)\"\\)"))
                .forEach(c -> keys.add(Labels.FACT_VALUE + "." + c));
        rules(Pattern.compile("new ConditionResult\\([^,]+, \"([A-Z0-9_]+)\"")).forEach(c -> keys.add("condition." + c));
        factTypesAndFields().forEach(keys::add);
        rules(Pattern.compile("\\.with\\(\"([a-zA-Z]+)\"")).forEach(f -> keys.add("fact.field." + f));
        auditEvents().forEach(e -> keys.add(Labels.AUDIT_EVENT + "." + e));
        sources(Pattern.compile("log\\(now, user, \"([A-Z_]+)\"")).forEach(a -> keys.add("proposal.act." + a));
        FactKind.values().forEach(k -> keys.add("kind." + k.jsonName()));

        assertThat(keys).filteredOn(key -> !VIETNAMESE.containsKey(key)).as("codes without a Vietnamese label").isEmpty();
        assertThat(keys).filteredOn(key -> !ENGLISH.containsKey(key)).as("codes without an English label").isEmpty();
    }

    @Test
    void theBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(ENGLISH.stringPropertyNames())).isEqualTo(new TreeSet<>(VIETNAMESE.stringPropertyNames()));
    }

    @Test
    void anOutcomeHasOneWordingOnlyUnderItsOwnSet() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(VIETNAMESE).as("an outcome is labelled only as outcome.%s", outcome)
                    .doesNotContainKey(Labels.FACT_VALUE + "." + outcome).doesNotContainKey("award." + outcome);
        }
        for (AwardType award : AwardType.values()) {
            assertThat(VIETNAMESE).as("an award is labelled only as enum.%s", award).doesNotContainKey("award." + award);
        }
    }

    private static List<String> keys(String set, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> set + "." + v.name()).toList();
    }

    /** The model's facts as the traces show them: their type (simple name) and their JSON properties. */
    private static Set<String> factTypesAndFields() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(Object.class));
        SerializationConfig json = new ObjectMapper().findAndRegisterModules().getSerializationConfig();
        Set<String> keys = new TreeSet<>();
        for (BeanDefinition bean : scan.findCandidateComponents(Subject.class.getPackageName())) {
            Class<?> type = load(bean.getBeanClassName());
            if (type.isEnum() || type.isRecord() || type.isInterface() || Modifier.isAbstract(type.getModifiers())
                    || type.getSimpleName().endsWith("Test")) {
                continue;
            }
            keys.add("fact.type." + type.getSimpleName());
            if (Finding.class.isAssignableFrom(type) || type == Parameter.class) {
                continue; // written member by member (FactJson), not as their properties
            }
            for (BeanPropertyDefinition property : json.introspect(json.constructType(type)).findProperties()) {
                if (property.couldSerialize()) {
                    keys.add("fact.field." + property.getName());
                }
            }
        }
        // a finding's and a parameter's members (FactJson)
        Stream.of("subject", "code", "met", "undetermined", "values", "name", "value", "inForceFrom")
                .forEach(f -> keys.add("fact.field." + f));
        return keys;
    }

    /** What the audit log records: the modules' events as published in the main sources. */
    private static Set<String> auditEvents() {
        Set<String> events = new TreeSet<>(List.of("CHAIN_KEYED", "FACTS_IMPORTED", "USER_CREATED", "LOGIN_FAILED"));
        Arrays.stream(RunStatus.values()).filter(s -> s != RunStatus.RUNNING).forEach(s -> events.add("RUN_" + s));
        sources(Pattern.compile("new RuleSetEvent\\(\"([A-Z_]+)\"")).forEach(a -> events.add("RULESET_" + a));
        sources(Pattern.compile("new AccountEvent\\(\"([A-Z_]+)\"")).forEach(a -> events.add("ACCOUNT_" + a));
        // the throttle's lock and unlock are published from a variable; AccountEvent's documentation lists them all
        matches(Path.of("src/main/java/vn/thidua/eligibility/security"), "AccountEvent.java",
                Pattern.compile("@param action +([A-Z_, ]+)")).forEach(list -> Arrays.stream(list.split("[, ]+"))
                .filter(a -> a.matches("[A-Z_]{3,}")).forEach(a -> events.add("ACCOUNT_" + a)));
        sources(Pattern.compile("audit\\(p, \"([A-Z_]+)\"")).forEach(a -> events.add("PROPOSAL_" + a));
        return events;
    }

    private static Set<String> rules(Pattern pattern) {
        return matches(Path.of("rules"), ".drl", pattern);
    }

    private static Set<String> sources(Pattern pattern) {
        return matches(Path.of("src/main/java"), ".java", pattern);
    }

    private static Set<String> matches(Path folder, String suffix, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("%s in %s", pattern, folder).isNotEmpty();
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = GlossaryTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
