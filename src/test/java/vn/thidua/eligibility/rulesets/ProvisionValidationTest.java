package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleProblem;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft's legal register and what names it are validated like its parameters: each problem names
 * the file, the line, the provision (or rule, or parameter) and the field.
 */
class ProvisionValidationTest {
    private static final Map<String, String> DEFAULT = new RuleFolder("rules").read().files();
    private static final RuleSetValidator VALIDATOR = new RuleSetValidator(new RuleEngine(10_000, 4, new RegisterCitations()));

    private static List<RuleProblem> validate(String file, String from, String to) {
        Map<String, String> files = new TreeMap<>(DEFAULT);
        String text = files.get(file);
        assertThat(text).as(file).contains(from);
        files.put(file, text.replace(from, to));
        return VALIDATOR.validate(files);
    }

    private static int lineOf(String file, String from, String to, String needle) {
        String[] lines = DEFAULT.get(file).replace(from, to).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void theDefaultRuleSetIsValid() {
        assertThat(VALIDATOR.validate(DEFAULT)).isEmpty();
    }

    @Test
    void aProvisionEndingBeforeItBeginsNamesTheFileTheProvisionAndTheField() {
        String from = "  from: 2025-08-05\n";
        String to = "  from: 2025-08-05\n  to: 2025-08-01\n";
        assertThat(validate("provisions.yaml", from, to)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("provisions.yaml");
            assertThat(p.line()).isEqualTo(lineOf("provisions.yaml", from, to, "  to: 2025-08-01"));
            assertThat(p.message()).isEqualTo("provision TT15-2025: field 'to' (2025-08-01) is before field 'from' (2025-08-05)");
        });
    }

    @Test
    void aReplacementThatIsNotInTheRegisterIsRefused() {
        String from = "  replacedBy: ND152-2025\n  verified: true\n";
        String to = "  replacedBy: ND999-2030\n  verified: true\n";
        assertThat(validate("provisions.yaml", from, to)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("provisions.yaml");
            assertThat(p.line()).isEqualTo(lineOf("provisions.yaml", from, to, "ND999-2030"));
            assertThat(p.message()).isEqualTo("provision ND98-2023: replacedBy ND999-2030 is not a provision of provisions.yaml");
        });
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        assertThat(validate("provisions.yaml", "  from: 2025-08-05\n", "  from: [2025-08-05\n"))
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("provisions.yaml");
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).startsWith("YAML syntax");
                });
    }

    @Test
    void aRuleNamingAnUnknownProvisionIsRefusedAtTheRule() {
        String from = "@provisions(\"KH-SCT-2022.II.3a.TT.3\")";
        String to = "@provisions(\"KH-SCT-2022.II.3a.TT.9\")";
        assertThat(validate("unit-conditions.drl", from, to)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("unit-conditions.drl");
            assertThat(p.line()).isEqualTo(lineOf("unit-conditions.drl", from, to, "rule \"U3 –"));
            assertThat(p.message()).contains("U3.ON_SCHEDULE_OR_NO_LATE_DOSSIER")
                    .contains("names the provision KH-SCT-2022.II.3a.TT.9, which provisions.yaml does not define");
        });
    }

    @Test
    void aParameterNamingAnUnknownProvisionIsRefusedAtTheParameter() {
        String from = "  provisions: \"ND98-2023.D4.K4\"";
        String to = "  provisions: \"ND98-2023.D4.K7\"";
        assertThat(validate("parameters.yaml", from, to)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters.yaml");
            assertThat(p.line()).isEqualTo(lineOf("parameters.yaml", from, to, "achievement.afterSanctionEnd.applies:"));
            assertThat(p.message()).isEqualTo("achievement.afterSanctionEnd.applies: provisions names ND98-2023.D4.K7,"
                    + " which provisions.yaml does not define");
        });
    }

    @Test
    void anOrganisationNameThatIsNotTextIsRefused() {
        String from = "      value: \"Cần Thơ\"";
        String to = "      value: 2025";
        assertThat(validate("organisation.yaml", from, to)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("organisation.yaml");
            assertThat(p.message()).startsWith("place: value 2025");
        });
    }
}
