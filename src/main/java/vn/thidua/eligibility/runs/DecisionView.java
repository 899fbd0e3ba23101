package vn.thidua.eligibility.runs;

import io.swagger.v3.oas.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;

import java.util.List;

/**
 * One decision of a run, explained in the language asked for. {@code trace} is present only when
 * a single decision is read. A phase run's decision also has the person's {@code merit} (the
 * figures ranked on: {@code awardYears}, {@code initiatives}, {@code htxsnvYears}, {@code gender},
 * and what was {@code counted} in each) and, for a qualified person, {@code rank} (equal for a tie)
 * and the {@code ranking} in words. {@code awardedBy} is who grants the award on the run's reference
 * date ("Giám đốc Sở Công Thương thành phố Cần Thơ" from 2025-07-01). Each condition, exclusion,
 * deferral, ranking and trace step names the {@code provisions} its rule cites on the run's reference
 * date, and their references ({@code legalBasis}) in the language asked for. A DEFERRED decision lists
 * in {@code deferral} each matter that holds it, with what would end it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionView(SubjectType subjectType, String subjectCode, String subjectName, String unitCode,
                           AwardType award, Outcome outcome, Integer rank, JsonNode merit, Ranking ranking,
                           List<Condition> conditions, List<ExclusionFound> exclusions, List<DeferralFound> deferral,
                           List<TraceStep> trace, String awardedBy) {

    /** The same decision naming who grants its award on the run's reference date (organisation.yaml). */
    DecisionView awardedBy(String authority) {
        return new DecisionView(subjectType, subjectCode, subjectName, unitCode, award, outcome, rank, merit, ranking,
                conditions, exclusions, deferral, trace, authority);
    }

    /** A qualified person's place among all the qualified, with the rule that ranked. */
    public record Ranking(String detail, String ruleId, List<String> provisions, String legalBasis, JsonNode values) {
    }

    /** Whether a condition is met, not met, or could not be judged for missing facts (named in its detail). */
    public enum ConditionState { MET, NOT_MET, UNDETERMINED }

    /**
     * A condition with the measured values in words.
     *
     * @param met null when the condition could not be judged ({@code state} UNDETERMINED)
     */
    public record Condition(String code, ConditionState state, Boolean met, String detail, String ruleId,
                            List<String> provisions, String legalBasis, JsonNode values) {
    }

    /**
     * What holds the award back on R without refusing it (a disciplinary review, an investigation):
     * the detail says what would end it; a later run with a later reference date decides.
     */
    public record DeferralFound(String code, String detail, String ruleId, List<String> provisions, String legalBasis,
                                JsonNode values) {
    }

    /** A reason the subject may not be awarded. */
    public record ExclusionFound(String code, String detail, String ruleId, List<String> provisions, String legalBasis,
                                 JsonNode values) {
    }

    /** A rule that fired for the subject, in firing order, with the facts it matched as they were then. */
    public record TraceStep(int sequence, String ruleId, String ruleName, List<String> provisions, String legalBasis,
                            String description,
                            JsonNode facts,
                            @Schema(description = "The facts the rule only counted, named by key, by type"
                                    + " ({\"Dossier\": [\"HS-1\", …]}): present when it counted more than the run keeps"
                                    + " in full (eligibility.runs.trace-counted-in-full); each is in the run's snapshot")
                            @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode counted,
                            JsonNode concluded) {
    }
}
