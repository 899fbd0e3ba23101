package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.runs.DecisionView;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A subject on the proposal list, with what the run decided about it. The achievement and legal
 * basis are taken from the run's decision when the entry is made: the run is immutable, and a
 * filed list must not change when facts do.
 */
class ProposalEntry {
    /** The achievement of a subject the run found no condition met for (one only an override puts on a list). */
    static final String NONE_MET = "Không đạt điều kiện nào theo kết quả xét.";

    SubjectType subjectType;
    String subjectCode;
    String subjectName;
    /** A person's unit; null for a unit. */
    String unitName;
    Outcome engineOutcome;
    Integer engineRank;
    String achievement;
    String legalBasis;
    String note;
    /** Set when staff added a subject the run did not find eligible. */
    String overrideBy;
    Instant overrideAt;
    String overrideReason;
    /** The run's reasons the override set aside, one a line with its legal basis; null when the run found the subject qualified. */
    String overrideGrounds;
    CouncilResult councilResult;
    String councilReason;

    /**
     * An entry for a decision: the achievement is what the run found met, in the prose a person would
     * write (and, in a phase run, the rank), the same on the page, the lists and the documents; the
     * legal basis that of each condition met.
     */
    static ProposalEntry of(DecisionView d, String unitName) {
        ProposalEntry e = new ProposalEntry();
        e.subjectType = d.subjectType();
        e.subjectCode = d.subjectCode();
        e.subjectName = d.subjectName();
        e.unitName = d.subjectType() == SubjectType.PERSON ? unitName : null;
        e.engineOutcome = d.outcome();
        e.engineRank = d.rank();
        Set<String> bases = new LinkedHashSet<>();
        for (DecisionView.Condition c : d.conditions()) {
            if (Boolean.TRUE.equals(c.met())) {
                bases.add(c.legalBasis());
            }
        }
        if (d.ranking() != null) {
            bases.add(d.ranking().legalBasis());
        }
        String achieved = Achievements.of(d);
        e.achievement = achieved.isEmpty() ? NONE_MET : achieved;
        e.legalBasis = LegalBases.merge(bases);
        return e;
    }

    SubjectKey key() {
        return new SubjectKey(subjectType, subjectCode);
    }

    boolean isOverride() {
        return overrideBy != null;
    }

    boolean agreed() {
        return councilResult == CouncilResult.AGREED;
    }
}
