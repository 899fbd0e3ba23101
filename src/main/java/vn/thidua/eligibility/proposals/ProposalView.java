package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A proposal as the API shows it. Every entry carries the run's own outcome; an entry the run did
 * not find eligible carries its {@code override} (who, when, why) beside it. {@code heldBack} lists,
 * apart from the entries and not proposed, the subjects the run DEFERRED (to reconsider in a later
 * run, with what would end the deferral) and those it could not decide (UNDETERMINED, with the
 * facts missing).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalView(long id, long runId, RunKind runKind, AwardType award, int awardYear, Integer quota,
                    ProposalStatus status, String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
                    Council council, Decision decision, List<Entry> entries, List<HeldBack> heldBack,
                    List<ProposalEvent> history) {

    /** A subject the run neither proposed nor refused: why, in the run's words. */
    public record HeldBack(SubjectType subjectType, String subjectCode, String subjectName, Outcome outcome,
                           List<String> reasons) {
    }

    public record Council(String minutesNo, LocalDate minutesDate, String recordedBy, Instant recordedAt) {
    }

    public record Decision(String decisionNo, LocalDate decisionDate, String signer, String recordedBy, Instant recordedAt) {
    }

    public record Entry(SubjectType subjectType, String subjectCode, String subjectName, String unitName,
                 Outcome engineOutcome, Integer engineRank, Override override, String achievement, String legalBasis,
                 String note, CouncilResult councilResult, String councilReason, Boolean granted,
                 RevocationView revocation) {
    }

    /** {@code grounds}: the run's reasons the override set aside, each with its legal basis (absent for a qualified subject). */
    public record Override(String by, Instant at, String reason, List<String> grounds) {
    }

    public record RevocationView(String reason, String decisionNo, LocalDate decisionDate, String revokedBy, Instant revokedAt) {
    }

    static ProposalView of(Proposal p, List<Revocation> revocations, List<HeldBack> heldBack) {
        Map<SubjectKey, Revocation> revoked = revocations.stream()
                .collect(Collectors.toMap(r -> new SubjectKey(r.subjectType(), r.subjectCode()), Function.identity()));
        boolean decided = p.status == ProposalStatus.DECIDED;
        List<Entry> entries = p.entries.stream().map(e -> {
            Revocation r = revoked.get(e.key());
            return new Entry(e.subjectType, e.subjectCode, e.subjectName, e.unitName, e.engineOutcome, e.engineRank,
                    e.isOverride() ? new Override(e.overrideBy, e.overrideAt, e.overrideReason,
                            OverrideGrounds.read(e.overrideGrounds)) : null,
                    e.achievement, e.legalBasis, e.note, e.councilResult, e.councilReason,
                    decided ? e.agreed() : null,
                    r == null ? null : new RevocationView(r.reason(), r.revocationNo(), r.revocationDate(), r.revokedBy(), r.revokedAt()));
        }).toList();
        return new ProposalView(p.id, p.runId, p.runKind, p.award, p.awardYear, p.quota, p.status, p.createdBy, p.createdAt,
                p.submittedBy, p.submittedAt,
                p.minutesNo == null ? null : new Council(p.minutesNo, p.minutesDate, p.reviewedBy, p.reviewedAt),
                decided ? new Decision(p.decisionNo, p.decisionDate, p.signer, p.decidedBy, p.decidedAt) : null,
                entries, heldBack, p.history);
    }
}
