package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.RuleEngine;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rule set's scenarios, annual and phase, all pass; and they exercise every rule of it
 * (the figures README states).
 */
class ShippedScenariosTest {
    private final RuleEngine engine = new RuleEngine(100_000, 2);

    @Test
    void theShippedScenariosAllPassAndExerciseEveryRule() {
        ScenarioRunner.Report report = new ScenarioRunner(engine).run(1, new RuleFolder("rules").read());
        System.out.println("Default rule set: " + report.scenarios() + " scenarios, " + report.expectations()
                + " expectations; rule coverage " + report.coverage().exercised() + "/" + report.coverage().rules()
                + " (" + report.coverage().percent() + "%); not exercised: " + report.coverage().unexercised());
        assertThat(report.results()).allSatisfy(r -> assertThat(r.passed()).as(r.file() + ": " + r).isTrue());
        assertThat(report.passed()).isTrue();
        assertThat(report.results()).filteredOn(r -> "PHASE".equals(r.kind())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.coverage().unexercised()).as("rules no scenario fires").isEmpty();
        // a tie straddling the quota line happens in one shipped scenario only: phase-quota.yaml
        assertThat(report.coverage().perRule()).filteredOn(r -> "R.TIED_AT_QUOTA".equals(r.id())).singleElement()
                .satisfies(r -> assertThat(r.scenarios()).isEqualTo(1));
    }

    /** The pages show these to Vietnamese administrators; English words would show through. */
    @Test
    void theShippedScenariosAreDescribedInVietnameseAndVersionOnesNoteIsToo() {
        Pattern english = Pattern.compile("\\b(the|is|are|and|with|before|after|not|of)\\b");
        RuleSet rules = new RuleFolder("rules").read();
        assertThat(rules.files().keySet()).anyMatch(p -> p.startsWith("tests/"));
        rules.files().forEach((path, text) -> {
            if (path.startsWith("tests/")) {
                String description = text.lines().filter(l -> l.startsWith("description:")).findFirst().orElseThrow();
                assertThat(description).as(path).containsPattern("[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]")
                        .doesNotContainPattern(english);
            }
        });
        assertThat(new RuleFolder("rules").firstStartNote())
                .isEqualTo("Nạp từ thư mục quy tắc " + Path.of("rules").toAbsolutePath() + " khi dịch vụ khởi động lần đầu");
        assertThat(new RuleFolder("no-such-folder").firstStartNote()).startsWith("Nạp từ bộ quy tắc đóng gói sẵn trong dịch vụ");
    }
}
