package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.eligibility.engine.RuleCompilationException;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.rules.RuleFolder;
import vn.thidua.eligibility.rules.RuleSet;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The corpus in src/test/resources/hostile: every file is refused before anything is compiled, so
 * none of its payloads can run. Each payload would create the canary file; it must never exist.
 */
class HostileRulesTest {
    private static final RuleEngine ENGINE = new RuleEngine(10_000, 2);

    @TempDir
    static Path sandbox;

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileRulesTest.class.getResource("/hostile").toURI());
        return Files.list(folder).filter(p -> p.toString().endsWith(".drl")).sorted();
    }

    @Test
    void theCorpusHasAtLeastTwentyFiles() throws Exception {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyHostileFileIsRefusedWithAReasonAndALineAndNeverRuns(Path file) throws IOException {
        Path canary = sandbox.resolve("canary-" + file.getFileName());
        String drl = Files.readString(file, StandardCharsets.UTF_8).replace("CANARY", canary.toString());
        RuleSource source = RuleSource.of("hostile-" + file.getFileName(), Map.of(file.getFileName().toString(), drl));

        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class, () -> ENGINE.compile(source));

        assertThat(refused).as("%s must be refused", file.getFileName()).isNotNull();
        assertThat(refused.problems()).as(file.getFileName().toString())
                .anySatisfy(p -> {
                    assertThat(p.message()).startsWith("security: ");
                    assertThat(p.line()).isPositive();
                    assertThat(p.file()).isEqualTo(file.getFileName().toString());
                });
        assertThat(canary).doesNotExist();
    }

    @Test
    void namesTheReasonAndTheLineOfTheOffendingCall() {
        String drl = """
                package p;
                import vn.thidua.eligibility.model.*;
                rule "r" @id("X") @legalBasis("b")
                when
                    Evaluation()
                then
                    Runtime.getRuntime();
                end
                """;
        assertThatThrownBy(() -> ENGINE.compile(RuleSource.of("runtime", Map.of("r.drl", drl))))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .containsExactly(new RuleProblem("r.drl", 7, 0, "security: java.lang.Runtime is not allowed; "
                                + "rules may use only the fact model and java.util, java.math, java.time")));
    }

    @Test
    void theShippedRulesPassTheCheck() {
        RuleSet rules = new RuleFolder("rules").read();
        assertThat(ENGINE.compile(rules.source()).rules()).isNotEmpty();
    }

    @Test
    void wordsInsideStringsAndCommentsAreNotCode() {
        String drl = """
                package p;
                import vn.thidua.eligibility.model.*;
                // System.exit(0) in a comment is harmless
                rule "r" @id("X") @legalBasis("Runtime, System and new java.io.File in a string are text")
                when
                    $e : Evaluation()
                then
                    /* Class.forName */
                    insert(new Exclusion(null, "System.exit"));
                end
                """;
        // it compiles: the build fails later, on the missing decision, not on security
        assertThat(ENGINE.compile(RuleSource.of("strings", Map.of("r.drl", drl))).rules()).hasSize(1);
    }
}
