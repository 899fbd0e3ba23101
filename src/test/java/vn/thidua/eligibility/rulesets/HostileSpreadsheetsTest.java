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
import vn.thidua.eligibility.rulesets.DecisionTableWorkbook.Column;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The hostile corpus again, each payload carried by a spreadsheet's cells instead of a DRL file:
 * the consequence in an ACTION cell, the when-part in a CONDITION cell, a salience expression in
 * a PRIORITY cell, and imports, globals, functions, declared types and the dialect in the RuleSet
 * settings where a table keeps them. Every table is refused before anything of it runs, by the
 * token check and by the bytecode check alone; the canaries each payload aims at stay untouched.
 * <p>
 * Drools escapes the quotes of a cell by default (for templates like {@code "$param"}), which
 * leaves code with string literals unparseable; an author who means the code to run turns that
 * off with {@code EscapeQuotes false}, so the tables here do too.
 */
class HostileSpreadsheetsTest {
    private static final RuleEngine ENGINE = new RuleEngine(10_000, 2);
    private static final RuleEngine BYTECODE_ONLY = BytecodeOnly.engine(10_000, Duration.ofSeconds(5));
    private static final String MODEL_IMPORT = "vn.thidua.eligibility.model.*";

    private static final AtomicInteger BYTECODE_REFUSED = new AtomicInteger();
    private static final AtomicInteger NOT_BUILT = new AtomicInteger();
    private static final AtomicInteger TRIED = new AtomicInteger();

    @TempDir
    static Path sandbox;

    @AfterAll
    static void figures() {
        System.out.printf("hostile decision tables with the token check bypassed: %d tried, %d refused by the bytecode"
                + " check, %d do not build as an executable model%n", TRIED.get(), BYTECODE_REFUSED.get(), NOT_BUILT.get());
    }

    @Test
    void everyHostileFileHasItsSpreadsheetTwin() throws IOException, URISyntaxException {
        assertThat(HostileRulesTest.corpus().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest
    @MethodSource("vn.thidua.eligibility.rulesets.HostileRulesTest#corpus")
    void everyPayloadInACellIsRefusedAndNeverRuns(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".drl", ".drl.xlsx");
        try (Canaries canaries = new Canaries(sandbox, name)) {
            DecisionTableWorkbook table = asTable(canaries.arm(Files.readString(file, StandardCharsets.UTF_8)));

            RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                    () -> ENGINE.compile(RuleSource.of("hostile-table-" + name, Map.of(name, table.base64()))));

            assertThat(refused).as("%s must be refused", name).isNotNull();
            assertThat(refused.problems()).as(name).anySatisfy(p -> {
                assertThat(p.message()).startsWith("security: ");
                assertThat(p.file()).isEqualTo(name);
            });
            // a problem in a rule is placed at the row of the table that holds it; one in the settings at row 0
            assertThat(refused.problems()).as(name).allSatisfy(p -> assertThat(p.line()).isIn(0, table.rowOfRule(0)));
            assertThat(canaries.touched()).as(name).isEmpty();
        }
    }

    /** The same with the DRL token check bypassed: the bytecode check refuses every table that builds. */
    @ParameterizedTest
    @MethodSource("vn.thidua.eligibility.rulesets.HostileRulesTest#corpus")
    void everyPayloadInACellIsRefusedByTheBytecodeCheckAloneAndNeverRuns(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".drl", ".drl.xlsx");
        try (Canaries canaries = new Canaries(sandbox, "bytecode-" + name)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            DecisionTableWorkbook table = asTable(canaries.arm(text));

            RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                    () -> BYTECODE_ONLY.compile(RuleSource.of("bytecode-table-" + name, Map.of(name, table.base64()))));

            assertThat(refused).as("%s must be refused", name).isNotNull();
            TRIED.incrementAndGet();
            if (refused.problems().stream().anyMatch(p -> p.message().startsWith("security: "))) {
                assertThat(refused.problems()).as(name).anySatisfy(p -> {
                    assertThat(p.message()).startsWith("security: rule ");
                    assertThat(p.file()).isEqualTo(name);
                    assertThat(p.line()).isEqualTo(table.rowOfRule(0));
                });
                BYTECODE_REFUSED.incrementAndGet();
            } else {
                assertThat(text).as("%s was refused only because it does not build: %s", name, refused.problems())
                        .contains(HostileRulesTest.MAY_NOT_BUILD);
                NOT_BUILT.incrementAndGet();
            }
            assertThat(canaries.touched()).as(name).isEmpty();
            NormalEvaluation.assertResponsive();
        }
    }

    @Test
    void namesTheRowAndCellsOfTheOffendingAction() {
        DecisionTableWorkbook table = DecisionTableWorkbook.ruleSet("cchc.tables")
                .setting("EscapeQuotes", "false")
                .setting("Import", MODEL_IMPORT)
                .table("Hostile", Column.condition("$u : Unit", "code == \"$param\""), Column.action("$param"),
                        Column.metadata("id(\"$param\")"), Column.metadata("legalBasis(\"$param\")"))
                .row("VP", "insert(new Exclusion($u, \"MERGED\"));", "T.1", "b")
                .row("KT", "Runtime.getRuntime().exec(\"touch " + sandbox.resolve("canary-row") + "\");", "T.2", "b");

        assertThatThrownBy(() -> ENGINE.compile(RuleSource.of("row", Map.of("t.drl.xlsx", table.base64()))))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::file, RuleProblem::line, RuleProblem::message)
                        .containsExactly(
                                tuple("t.drl.xlsx", table.rowOfRule(1), "security: exec is not allowed (starts processes)"
                                        + " (row 11, cells from A11, table at A5; generated DRL line 21)"),
                                tuple("t.drl.xlsx", table.rowOfRule(1), "security: java.lang.Runtime is not allowed; rules may"
                                        + " use only the fact model and java.util, java.math, java.time"
                                        + " (row 11, cells from A11, table at A5; generated DRL line 21)")));
        assertThat(sandbox.resolve("canary-row")).doesNotExist();
    }

    /** The hostile DRL laid out as a decision table, each part in the cell where a table keeps it. */
    static DecisionTableWorkbook asTable(String drl) {
        DecisionTableWorkbook table = DecisionTableWorkbook.ruleSet("hostile").setting("EscapeQuotes", "false");
        List<String> imports = new ArrayList<>(List.of(MODEL_IMPORT));
        Matcher imported = Pattern.compile("(?m)^import (.+);").matcher(drl);
        while (imported.find()) {
            if (!imported.group(1).equals(MODEL_IMPORT)) {
                imports.add(imported.group(1));
            }
        }
        table.setting("Import", String.join(", ", imports));
        block(drl, "(?ms)^global (.+?);").ifPresent(g -> table.setting("Variables", g));
        block(drl, "(?ms)^(function .+?^})").ifPresent(f -> table.setting("Functions", f));
        block(drl, "(?ms)^declare (.+?)^end").ifPresent(d -> table.setting("Declare", d));
        block(drl, "(?m)^\\s*dialect \"(\\w+)\"").ifPresent(d -> table.setting("Dialect", d));
        String salience = block(drl, "(?m)^\\s*salience(.+)$").orElse(null);
        String when = block(drl, "(?ms)^when\\s*\n(.+?)^then").orElseThrow().strip();
        String then = block(drl, "(?ms)^then\\s*\n(.+)^end").orElseThrow().strip();

        List<Column> columns = new ArrayList<>(List.of(new Column("CONDITION", "", "$param", "when"),
                Column.action("$param"), Column.metadata("id(\"$param\")"), Column.metadata("legalBasis(\"$param\")")));
        List<String> cells = new ArrayList<>(List.of(when, then, "H", "none"));
        if (salience != null) {
            columns.add(new Column("PRIORITY", "", "$param", "priority"));
            cells.add(salience.strip());
        }
        return table.table("Hostile", columns.toArray(Column[]::new)).row(cells.toArray(String[]::new));
    }

    private static Optional<String> block(String drl, String regex) {
        Matcher m = Pattern.compile(regex).matcher(drl);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
