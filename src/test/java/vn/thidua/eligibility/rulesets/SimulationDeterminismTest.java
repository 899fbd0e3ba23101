package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.benchmark.DepartmentGenerator;
import vn.thidua.eligibility.engine.Evaluators;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.facts.FactGroups;
import vn.thidua.eligibility.runs.RunFixtures;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole simulation's report does not depend on its threads: one thread (the groups compared one
 * after the other, as before) gives the same report as four threads with many groups in flight,
 * finishing in any order. Nor, but for the order of the changes, on how many units a group holds.
 */
@ApiTest
class SimulationDeterminismTest {
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 1, 15);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuleEngine engine;
    @Autowired
    FactGroups factGroups;
    @Autowired
    RuleSetVersions versions;
    @Autowired
    RuleSetAdministration admin;
    @Autowired
    Simulation service;

    private final List<Evaluators> pools = new ArrayList<>();

    @AfterEach
    void stopPools() {
        pools.forEach(Evaluators::destroy);
    }

    private Simulation simulation(int threads, int unitsPerGroup) {
        Evaluators evaluators = new Evaluators(threads);
        pools.add(evaluators);
        return new Simulation(engine, factGroups, evaluators, unitsPerGroup);
    }

    @Test
    void theReportIsTheSameWithOneThreadOrManyAndWhateverTheGroups() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, new String(new DepartmentGenerator().bundle(16, 6, 15, 40, 2024),
                StandardCharsets.UTF_8));
        RuleSetVersion active = versions.current();
        String parameters = active.files().get("parameters.yaml");
        String value = "      value: 0.80\n";
        int at = parameters.indexOf(value, parameters.indexOf("unit.fullScoreShare.min:")) + value.length();
        RuleSetVersion draft = admin.create(new RuleSetAdministration.Draft(active.version(), Map.of("parameters.yaml",
                parameters.substring(0, at) + "    - from: 2024-01-01\n      value: 0.70\n" + parameters.substring(at)),
                "U1 70%"), "admin");

        Simulation.Report sequential = simulation(1, 1).run(draft.version(), draft.ruleSet(), active.version(),
                active.ruleSet(), 2024, REFERENCE_DATE, Locale.ENGLISH);
        assertThat(sequential.subjects()).isEqualTo(16 + 16 * 6);
        assertThat(sequential.changes()).as("a draft that changes some units, in the order read").hasSizeGreaterThan(1)
                .extracting(Simulation.Change::subject).isSorted();

        for (int i = 0; i < 3; i++) {
            assertThat(simulation(4, 1).run(draft.version(), draft.ruleSet(), active.version(), active.ruleSet(), 2024,
                    REFERENCE_DATE, Locale.ENGLISH)).isEqualTo(sequential);
        }
        Simulation.Report grouped = service.run(draft.version(), draft.ruleSet(), active.version(), active.ruleSet(), 2024,
                REFERENCE_DATE, Locale.ENGLISH);
        assertThat(grouped.changes()).containsExactlyInAnyOrderElementsOf(sequential.changes());
        assertThat(grouped.summary()).isEqualTo(sequential.summary());
        assertThat(grouped.subjects()).isEqualTo(sequential.subjects());
    }
}
