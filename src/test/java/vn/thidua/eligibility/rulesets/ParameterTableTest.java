package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.eligibility.model.Parameter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.eligibility.rulesets.Facts.day;
import static vn.thidua.eligibility.rulesets.RuleHarness.copyOfRules;
import static vn.thidua.eligibility.rulesets.RuleHarness.edit;
import static vn.thidua.eligibility.rulesets.RuleHarness.lineOf;

/**
 * rules/parameters.yaml: the value in force on R is the latest whose {@code from} is on or before
 * R, and a broken file is refused with the line of each problem. Broken files are edited copies in
 * a temporary folder; the real rules/ is only read.
 */
class ParameterTableTest {
    private static final String FILE = RuleSet.PARAMETERS_FILE;

    @TempDir
    Path dir;

    private static Map<String, Parameter> inForce(RuleSet rules, String reference) {
        return rules.parameters().resolve(day(reference)).stream()
                .collect(Collectors.toMap(Parameter::getName, Function.identity()));
    }

    private static RuleSet real() {
        return new RuleFolder(RuleHarness.RULES_FOLDER.toString()).read();
    }

    /** Edits the copied parameters.yaml and returns its new text. */
    private String editParameters(String from, String to) {
        return edit(copyOfRules(dir).resolve(FILE), from, to);
    }

    /** Edits the copied parameters.yaml in the entry of {@code parameter} only (the first match after its name). */
    private String editParameter(String parameter, String from, String to) {
        try {
            Path file = copyOfRules(dir).resolve(FILE);
            String text = Files.readString(file);
            int entry = text.indexOf("\n" + parameter + ":\n");
            int at = text.indexOf(from, entry);
            assertThat(entry).as(parameter).isNotNegative();
            assertThat(at).as(from + " in " + parameter).isNotNegative();
            String edited = text.substring(0, at) + to + text.substring(at + from.length());
            Files.writeString(file, edited);
            return edited;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reading the copied folder fails with exactly one problem, at {@code line}, saying {@code message}. */
    private void assertRefused(int line, String message) {
        assertThatThrownBy(() -> new RuleFolder(dir.toString()).read())
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(FILE);
                            assertThat(p.line()).as("line of: " + p).isEqualTo(line);
                            assertThat(p.message()).contains(message);
                        }));
    }

    @Test
    void fullScoreShareIsExactlyPointEighty() {
        Parameter min = inForce(real(), "2025-01-15").get("unit.fullScoreShare.min");
        // Read from the text, never through a double.
        assertThat(min.getValue()).isEqualTo(new BigDecimal("0.80"));
        assertThat(min.getInForceFrom()).isEqualTo(day("2021-01-01"));
    }

    @Test
    void sanctionEndSwitchesOnOn20240101() {
        String name = "achievement.afterSanctionEnd.applies";
        assertThat(inForce(real(), "2023-12-31").get(name).isFlag()).as(name + " on 2023-12-31").isFalse();
        Parameter on = inForce(real(), "2024-01-01").get(name);
        assertThat(on.isFlag()).as(name + " on 2024-01-01").isTrue();
        assertThat(on.getInForceFrom()).isEqualTo(day("2024-01-01"));
    }

    @Test
    void investigationDefersForTheWholeMovement() {
        // Thông tư 08/2017/TT-BNV already said it: in force from the movement's first day, not from 2024.
        for (String day : new String[] {"2021-01-01", "2023-12-31", "2025-07-01"}) {
            Parameter p = inForce(real(), day).get("exclusion.investigation.applies");
            assertThat(p.isFlag()).as("on " + day).isTrue();
            assertThat(p.getInForceFrom()).isEqualTo(day("2021-01-01"));
        }
        assertThat(real().parameters().definitions().get("exclusion.investigation.applies").provisions()).contains("TT08-2017.CHUA-KHEN");
    }

    @Test
    void dissolvedUnitExclusionSwitchesOnOn20250701() {
        assertThat(inForce(real(), "2025-06-30").get("exclusion.dissolvedUnit.applies").isFlag()).isFalse();
        assertThat(inForce(real(), "2025-07-01").get("exclusion.dissolvedUnit.applies").isFlag()).isTrue();
    }

    @Test
    void valueInForceIsTheLatestWhoseFromIsOnOrBeforeTheDate() {
        editParameters("      value: 0.80\n", "      value: 0.80\n    - from: 2026-01-01\n      value: 0.85\n");
        RuleSet rules = new RuleFolder(dir.toString()).read();
        assertThat(inForce(rules, "2025-12-31").get("unit.fullScoreShare.min").getValue()).isEqualTo(new BigDecimal("0.80"));
        Parameter onTheDay = inForce(rules, "2026-01-01").get("unit.fullScoreShare.min");
        assertThat(onTheDay.getValue()).isEqualTo(new BigDecimal("0.85"));
        assertThat(onTheDay.getInForceFrom()).isEqualTo(day("2026-01-01"));
        assertThat(inForce(rules, "2030-12-31").get("unit.fullScoreShare.min").getValue()).isEqualTo(new BigDecimal("0.85"));
    }

    @Test
    void noValueInForceBeforeTheFirstFrom() {
        assertThat(inForce(real(), "2021-01-01")).hasSize(real().parameters().definitions().size());
        assertThatThrownBy(() -> real().parameters().resolve(day("2020-12-31")))
                .isInstanceOf(NoValueInForceException.class)
                .hasMessageContaining("has no value in force on 2020-12-31")
                .hasMessageContaining("2021-01-01");
    }

    @Test
    void unknownKeyIsReportedOnItsLine() {
        String text = editParameters("  provisions: \"ND152-2025.GIAI-THE", "  unit: days\n  provisions: \"ND152-2025.GIAI-THE");
        assertRefused(lineOf(text, "  unit: days"), "exclusion.dissolvedUnit.applies: unknown key 'unit'");
    }

    @Test
    void valueOfAnotherTypeThanTheEarlierOnesIsReportedOnItsLine() {
        String text = editParameter("phase.minAnnualAwards", "      value: 2\n", "      value: 2\n    - from: 2026-01-01\n      value: two\n");
        assertRefused(lineOf(text, "value: two"), "phase.minAnnualAwards: value two is a String but earlier values are Integer");
    }

    @Test
    void valueNotOfTheDeclaredTypeIsReportedOnItsLine() {
        String text = editParameter("phase.minAnnualAwards", "  values:\n    - from: 2021-01-01\n      value: 2\n",
                "  type: integer\n  values:\n    - from: 2021-01-01\n      value: 2.5\n");
        assertRefused(lineOf(text, "value: 2.5"), "phase.minAnnualAwards: value 2.5 is not a integer");
    }

    @Test
    void datesOutOfOrderAreReportedOnTheLaterEntry() {
        String text = editParameters("    - from: 2025-07-01\n", "    - from: 2020-07-01\n");
        assertRefused(lineOf(text, "from: 2020-07-01"), "exclusion.dissolvedUnit.applies: dates must be in increasing order");
    }

    @Test
    void missingDescriptionIsReportedOnTheParameterLine() {
        String text = editParameters("""
                phase.minAnnualAwards:
                  description:
                    vi: "Số năm tối thiểu trong giai đoạn được tặng Giấy khen CCHC hằng năm để được đề nghị Bằng khen"
                    en: "Minimum number of years in the phase holding the annual CCHC Giấy khen to qualify for the Bằng khen"
                """, "phase.minAnnualAwards:\n");
        assertRefused(lineOf(text, "phase.minAnnualAwards:"), "phase.minAnnualAwards: description needs both vi and en texts");
    }

    @Test
    void descriptionWithoutEnglishIsReportedOnTheDescriptionLine() {
        String text = editParameters("""
                    en: "Minimum number of years in the phase holding the annual CCHC Giấy khen to qualify for the Bằng khen"
                """, "");
        int name = lineOf(text, "phase.minAnnualAwards:");
        assertRefused(name + 1, "phase.minAnnualAwards: description needs both vi and en texts");
    }

    @Test
    void missingProvisionsAreReportedOnTheParameterLine() {
        String text = editParameters("  provisions: \"KH52-2022.III.4, L06-2022.D74.K1\"\n", "");
        assertRefused(lineOf(text, "phase.minAnnualAwards:"), "phase.minAnnualAwards: provisions (or a legalBasis text) is missing");
    }

    @Test
    void yamlSyntaxErrorIsReportedOnItsLine() {
        String text = editParameters("      value: 0.80\n", "      value: [0.80\n");
        assertThatThrownBy(() -> new RuleFolder(dir.toString()).read())
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.message()).startsWith("YAML syntax");
                            // The parser notices the unclosed "[" where the next entry begins.
                            assertThat(p.line()).isBetween(lineOf(text, "value: [0.80"), lineOf(text, "exclusion.investigation.applies:"));
                        }));
    }

    @Test
    void everyProblemIsListedInLineOrder() {
        editParameters("    - from: 2025-07-01\n", "    - from: 2020-07-01\n");
        String text = edit(dir.resolve(FILE), "  provisions: \"ND152-2025.GIAI-THE", "  legal: x\n  provisions: \"ND152-2025.GIAI-THE");
        assertThatThrownBy(() -> new RuleFolder(dir.toString()).read())
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.problems())
                        .extracting(ParameterProblem::line)
                        .containsExactly(lineOf(text, "legal: x"), lineOf(text, "from: 2020-07-01")))
                .hasMessageContaining(FILE + ":" + lineOf(text, "legal: x") + ":");
    }
}
