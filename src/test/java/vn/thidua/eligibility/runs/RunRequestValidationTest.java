package vn.thidua.eligibility.runs;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.web.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A run request's constraints, as Bean Validation states them on the two kinds of request: every problem at its field. */
class RunRequestValidationTest {
    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** In the API's words, English, as {@link RunProblems} words each constraint's key. */
    private static List<String> problems(RunRequest request) {
        return problems(request, Locale.ENGLISH);
    }

    private static List<String> problems(RunRequest request, Locale locale) {
        return validator.validate(request).stream()
                .map(v -> v.getPropertyPath() + ": " + RunProblems.of(v, request).in(locale)).sorted().toList();
    }

    @Test
    void aVietnamesePageGetsTheSameProblemsInVietnamese() {
        assertThat(problems(RunRequest.annual(2024, LocalDate.of(2023, 12, 31)), Language.VIETNAMESE)).containsExactly(
                "referenceDate: 31/12/2023 trước khi năm được xét 2024 bắt đầu; Hội đồng xét khen thưởng của một năm"
                        + " sau khi năm đó đã bắt đầu");
        assertThat(problems(new PhaseRunRequest(2021, 2031, null, null, null, null), Language.VIETNAMESE)).containsExactly(
                "quota: bắt buộc nhập cho đợt xét giai đoạn: số Bằng khen UBND tỉnh phân bổ, từ 0 trở lên",
                "toYear: một giai đoạn dài tối đa 10 năm (thời kỳ của phong trào), không phải 11 năm");
    }

    @Test
    void aSoundAnnualRequestAndASoundPhaseRequestPass() {
        assertThat(problems(RunRequest.annual(2024, LocalDate.of(2025, 1, 15)))).isEmpty();
        assertThat(problems(new PhaseRunRequest(2021, 2025, 0, LocalDate.of(2025, 12, 15), 2, null))).isEmpty();
        assertThat(problems(new AnnualRunRequest(2024, null, null, null, null, null))).as("today is the default date").isEmpty();
    }

    @Test
    void anAnnualRequestNamesEachFieldItGotWrong() {
        assertThat(problems(new AnnualRunRequest(null, LocalDate.of(2101, 1, 1), 0, 2021, null, 3))).containsExactly(
                "fromYear: not used by this kind of run; an ANNUAL run takes year",
                "quota: not used by this kind of run; an ANNUAL run takes year",
                "referenceDate: 2101-01-01 is out of range 2000-01-01..2100-12-31",
                "ruleSetVersion: 0 is not a version number",
                "year: required for an ANNUAL run");
        assertThat(problems(RunRequest.annual(2024, LocalDate.of(2023, 12, 31)))).containsExactly(
                "referenceDate: 2023-12-31 is before the evaluated year 2024 has begun; the Council considers a year's awards after it starts");
        assertThat(problems(RunRequest.annual(1999, null))).containsExactly("year: 1999 is out of range 2000..2100");
    }

    @Test
    void aPhaseRequestNamesEachFieldItGotWrong() {
        assertThat(problems(new PhaseRunRequest(2025, 2021, null, null, null, 2024))).containsExactly(
                "quota: required for a PHASE run: the number of Bằng khen the province allots, 0 or more",
                "toYear: 2021 is before fromYear 2025",
                "year: not used by this kind of run; a PHASE run takes fromYear and toYear");
        assertThat(problems(new PhaseRunRequest(2021, 2031, -1, null, null, null))).containsExactly(
                "quota: -1 is negative; the province allots 0 or more",
                "toYear: a phase spans at most 10 years (the movement's period), not 11");
        assertThat(problems(new PhaseRunRequest(2021, 2025, 3, LocalDate.of(2024, 12, 31), null, null))).containsExactly(
                "referenceDate: 2024-12-31 is before the phase's last year 2025 has begun; the Council considers a phase's awards after it");
    }
}
