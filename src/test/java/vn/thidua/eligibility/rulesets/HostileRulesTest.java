package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.eligibility.engine.BytecodeOnly;
import vn.thidua.eligibility.engine.RuleCompilationException;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The corpus in src/test/resources/hostile: every file is refused before anything of it runs,
 * first by the DRL token check where it can tell, and in any case by the bytecode check, which is
 * proven here on its own too (the token check bypassed). Each payload aims at canaries (a file,
 * a system property, a listening socket) that must stay untouched, and the engine must evaluate a
 * normal rule set in its usual time right after each attempt.
 * <p>
 * A file that Drools may not build as an executable model at all says why in a line starting
 * {@code // may not build:}; every other one must be refused by the bytecode check.
 */
class HostileRulesTest {
    private static final RuleEngine ENGINE = new RuleEngine(10_000, 2);
    private static final RuleEngine BYTECODE_ONLY = BytecodeOnly.engine(10_000, Duration.ofSeconds(5));
    static final String MAY_NOT_BUILD = "// may not build:";
    private static final AtomicInteger BYTECODE_REFUSED = new AtomicInteger();
    private static final AtomicInteger NOT_BUILT = new AtomicInteger();
    private static final AtomicInteger TRIED = new AtomicInteger();

    @TempDir
    static Path sandbox;

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileRulesTest.class.getResource("/hostile").toURI());
        return Files.list(folder).filter(p -> p.toString().endsWith(".drl")).sorted();
    }

    @AfterAll
    static void figures() {
        System.out.printf("hostile DRL files with the token check bypassed: %d tried, %d refused by the bytecode check,"
                + " %d do not build as an executable model%n", TRIED.get(), BYTECODE_REFUSED.get(), NOT_BUILT.get());
    }

    @Test
    void theCorpusHasAtLeastSixtyFiles() throws Exception {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyHostileFileIsRefusedWithAReasonAndALineAndNeverRuns(Path file) throws IOException {
        try (Canaries canaries = new Canaries(sandbox, file.getFileName().toString())) {
            String drl = canaries.arm(Files.readString(file, StandardCharsets.UTF_8));
            RuleSource source = RuleSource.of("hostile-" + file.getFileName(), Map.of(file.getFileName().toString(), drl));

            RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class, () -> ENGINE.compile(source));

            assertThat(refused).as("%s must be refused", file.getFileName()).isNotNull();
            assertThat(refused.problems()).as(file.getFileName().toString())
                    .anySatisfy(p -> {
                        assertThat(p.message()).startsWith("security: ");
                        assertThat(p.line()).isPositive();
                        assertThat(p.file()).isEqualTo(file.getFileName().toString());
                    });
            assertThat(canaries.touched()).as(file.getFileName().toString()).isEmpty();
            NormalEvaluation.assertResponsive();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyHostileFileIsRefusedByTheBytecodeCheckAloneAndNeverRuns(Path file) throws IOException {
        try (Canaries canaries = new Canaries(sandbox, "bytecode-" + file.getFileName())) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            RuleSource source = RuleSource.of("bytecode-" + file.getFileName(),
                    Map.of(file.getFileName().toString(), canaries.arm(text)));
            TRIED.incrementAndGet();

            RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                    () -> BYTECODE_ONLY.compile(source));

            assertThat(refused).as("%s must be refused", file.getFileName()).isNotNull();
            if (refused.problems().stream().anyMatch(p -> p.message().startsWith("security: "))) {
                assertThat(refused.problems()).as(file.getFileName().toString()).anySatisfy(p -> {
                    assertThat(p.message()).startsWith("security: rule \"hostile\" ");
                    assertThat(p.line()).isPositive();
                    assertThat(p.file()).isEqualTo(file.getFileName().toString());
                });
                BYTECODE_REFUSED.incrementAndGet();
            } else {
                assertThat(text).as("%s was refused only because it does not build: %s", file.getFileName(),
                        refused.problems()).contains(MAY_NOT_BUILD);
                NOT_BUILT.incrementAndGet();
            }
            assertThat(canaries.touched()).as(file.getFileName().toString()).isEmpty();
            NormalEvaluation.assertResponsive();
        }
    }

    /** The canary checks can fail: each detects a touch made without any rule. */
    @Test
    void eachCanaryCheckDetectsATouch() throws IOException {
        try (Canaries canaries = new Canaries(sandbox, "control")) {
            assertThat(canaries.touched()).isEmpty();
            Files.writeString(canaries.file, "x");
            assertThat(canaries.touched()).singleElement().asString().startsWith("file ");
            Files.delete(canaries.file);
            System.setProperty(Canaries.PROPERTY, "touched");
            assertThat(canaries.touched()).singleElement().asString().startsWith("system property ");
            System.clearProperty(Canaries.PROPERTY);
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), canaries.socket.getLocalPort())) {
                assertThat(canaries.touched()).singleElement().asString().startsWith("socket ");
            }
            assertThat(canaries.arm("CANARY_PORT CANARY")).isEqualTo(canaries.socket.getLocalPort() + " " + canaries.file);
        }
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
    void theShippedRulesPassBothChecksAndKeepTheirMetadataAsWritten() {
        RuleSet rules = new RuleFolder("rules").read();
        assertThat(ENGINE.compile(rules.source()).rules()).hasSizeGreaterThan(30).allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z0-9_.]+");
            assertThat(r.legalBasis()).doesNotStartWith("\"").doesNotEndWith("\"");
        });
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
