package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.RuleCompilationException;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleInfo;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.eligibility.rulesets.DecisionTableWorkbook.Column.action;
import static vn.thidua.eligibility.rulesets.DecisionTableWorkbook.Column.condition;
import static vn.thidua.eligibility.rulesets.DecisionTableWorkbook.Column.metadata;
import static vn.thidua.eligibility.rulesets.Facts.item;
import static vn.thidua.eligibility.rulesets.Facts.task;
import static vn.thidua.eligibility.rulesets.RuleHarness.copyOfRules;
import static vn.thidua.eligibility.rulesets.RuleHarness.exclusion;

/**
 * A spreadsheet decision table in the rules folder is turned into DRL, checked and compiled with
 * the hand-written rules, and decides alongside them; a table Drools would ignore or cannot read
 * is an error naming the file.
 */
class DecisionTableRulesTest {
    private static final int Y = 2024;
    private static final LocalDate R = LocalDate.of(2025, 1, 15);
    private static final RuleEngine ENGINE = new RuleEngine(100_000, 4);

    @TempDir
    Path dir;

    /** Units merged into another during the year: excluded by name, one row each. */
    private static DecisionTableWorkbook mergedUnits(String actionTemplate) {
        return DecisionTableWorkbook.ruleSet("cchc.tables")
                .setting("Import", "vn.thidua.eligibility.model.*")
                .table("Sáp nhập",
                        condition("$u : Unit", "code == \"$param\""),
                        action(actionTemplate),
                        metadata("id(\"$param\")"),
                        metadata("legalBasis(\"$param\")"))
                .row("VP", "MERGED", "XT.MERGED_VP", "Quyết định sáp nhập số 1/QĐ-UBND")
                .row("KT", "MERGED", "XT.MERGED_KT", "Quyết định sáp nhập số 1/QĐ-UBND");
    }

    /** VP meets U1, U2 and U3: eligible under the shipped rules alone. */
    private static List<Object> eligibleVp() {
        return List.of(Facts.unit("VP"), item(Y - 1, "VP.1", "1", "2", "VP", null), item(Y, "VP.1", "2", "2", "VP", null),
                task("VP-NV", "VP", "2024-06-30", "2024-06-30"));
    }

    @Test
    void aTableInTheRulesFolderChangesTheOutcomeItDecides() throws IOException {
        Path rules = copyOfRules(dir);
        Verdict before = RuleHarness.annual(Y, R, eligibleVp()).get(RuleHarness.unit("VP"));
        assertThat(before.outcome()).isEqualTo(Outcome.ELIGIBLE);

        Files.write(rules.resolve("merged-units.drl.xlsx"),
                mergedUnits("insert(new Exclusion($u, \"$param\"));").bytes());
        RuleSet ruleSet = new RuleFolder(rules.toString()).read();
        CompiledRules compiled = ENGINE.compile(ruleSet.source());
        Map<SubjectRef, Verdict> verdicts = RuleHarness.annual(ENGINE, compiled, ruleSet, Y, R, eligibleVp());

        Verdict after = verdicts.get(RuleHarness.unit("VP"));
        assertThat(after.outcome()).isEqualTo(Outcome.EXCLUDED);
        assertThat(exclusion(after, "MERGED").ruleId()).isEqualTo("XT.MERGED_VP");
        assertThat(after.conditions()).allSatisfy(c -> assertThat(c.met()).isTrue());
        assertThat(compiled.rules()).filteredOn(r -> r.file().equals("merged-units.drl.xlsx"))
                .extracting(RuleInfo::id, RuleInfo::legalBasis)
                .containsExactlyInAnyOrder(
                        tuple("XT.MERGED_VP", "Quyết định sáp nhập số 1/QĐ-UBND"),
                        tuple("XT.MERGED_KT", "Quyết định sáp nhập số 1/QĐ-UBND"));
    }

    @Test
    void theHashCountsTheSpreadsheetByItsBytes() {
        byte[] bytes = mergedUnits("insert(new Exclusion($u, \"$param\"));").bytes();
        String base64 = Base64.getEncoder().encodeToString(bytes);
        String wrapped = Base64.getMimeEncoder().encodeToString(bytes);
        assertThat(RuleSet.hashOf(new TreeMap<>(Map.of("t.drl.xlsx", base64))))
                .isEqualTo(RuleSet.hashOf(new TreeMap<>(Map.of("t.drl.xlsx", wrapped))));
    }

    @Test
    void aBuildErrorInACellNamesTheSpreadsheetAndTheRow() {
        DecisionTableWorkbook table = mergedUnits("insert(new Exclusion($u, $param));");
        RuleCompilationException e = refused(Map.of("merged-units.drl.xlsx", table.base64()));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("merged-units.drl.xlsx");
            assertThat(p.line()).isIn(table.rowOfRule(0), table.rowOfRule(1));
            assertThat(p.message()).contains("cells from A" + p.line());
        });
    }

    @Test
    void aSpreadsheetNotNamedDrlXlsxIsAnErrorNotAnEmptyRuleSet() {
        RuleCompilationException e = refused(Map.of("tables/merged-units.xlsx",
                mergedUnits("insert(new Exclusion($u, \"$param\"));").base64()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("tables/merged-units.xlsx");
            assertThat(p.message()).contains("rename to tables/merged-units.drl.xlsx");
        });
    }

    @Test
    void aSpreadsheetWithoutRulesIsAnErrorNamingTheFile() {
        String noTable = DecisionTableWorkbook.ruleSet("cchc.tables").setting("Import", "vn.thidua.eligibility.model.*").base64();
        assertThat(refused(Map.of("empty.drl.xlsx", noTable)).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("empty.drl.xlsx");
            assertThat(p.message()).isEqualTo("the spreadsheet cannot be read as a decision table: No RuleTable cells in spreadsheet.");
        });
        String headersOnly = DecisionTableWorkbook.ruleSet("cchc.tables")
                .table("Nothing", condition("$u : Unit", "code == \"$param\""), action("insert(new Exclusion($u, \"$param\"));"))
                .base64();
        // Drools makes one empty rule of a table without values; it has no id, so the table is refused at that row
        assertThat(refused(Map.of("headers.drl.xlsx", headersOnly)).problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("headers.drl.xlsx");
            assertThat(p.line()).isEqualTo(8);
        }).anySatisfy(p -> assertThat(p.message()).contains("has no @id"));
    }

    @Test
    void contentThatIsNotBase64OrNotASpreadsheetIsAnError() {
        assertThat(refused(Map.of("t.drl.xlsx", "not base64 at all!")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not base64"));
        assertThat(refused(Map.of("t.drl.xlsx", "aGVsbG8=")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("the spreadsheet cannot be read as a decision table"));
    }

    private static RuleCompilationException refused(Map<String, String> files) {
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> ENGINE.compile(RuleSource.of("table-" + files.hashCode(), files)));
        assertThat(e).as("refused").isNotNull();
        return e;
    }
}
