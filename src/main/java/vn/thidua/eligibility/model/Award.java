package vn.thidua.eligibility.model;

import java.time.LocalDate;

/**
 * An award already granted (the awards register), read by later runs. A phase award (the Bằng
 * khen) may name the phase it was for ({@code phaseFrom}..{@code phaseTo}), so that a later phase
 * run sees whether the same years were rewarded already.
 */
public final class Award {
    private final int year;
    private final SubjectType subjectType;
    private final String subjectCode;
    private final AwardType award;
    private final String decisionNo;
    private final LocalDate decisionDate;
    private final Integer phaseFrom;
    private final Integer phaseTo;

    public Award(int year, SubjectType subjectType, String subjectCode, AwardType award, String decisionNo,
                 LocalDate decisionDate) {
        this(year, subjectType, subjectCode, award, decisionNo, decisionDate, null, null);
    }

    public Award(int year, SubjectType subjectType, String subjectCode, AwardType award, String decisionNo,
                 LocalDate decisionDate, Integer phaseFrom, Integer phaseTo) {
        this.year = year;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.award = award;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.phaseFrom = phaseFrom;
        this.phaseTo = phaseTo;
    }

    public int getYear() {
        return year;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public AwardType getAward() {
        return award;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    /** First year of the phase a phase award was for, or null when the register does not say. */
    public Integer getPhaseFrom() {
        return phaseFrom;
    }

    /** Last year of the phase a phase award was for, or null when the register does not say. */
    public Integer getPhaseTo() {
        return phaseTo;
    }

    /**
     * The years the award rewarded: its phase, or — when the register names none (an award recorded
     * before the phase was kept, or an annual one) — its own year only, the year a phase award is
     * recorded under being its phase's last.
     */
    public int getFirstYear() {
        return phaseFrom != null ? phaseFrom : year;
    }

    public int getLastYear() {
        return phaseTo != null ? phaseTo : year;
    }

    public boolean concerns(Subject subject) {
        return subjectType == subject.getSubjectType() && subjectCode.equals(subject.getCode());
    }

    @Override
    public String toString() {
        return "Award[" + year + " " + subjectType + ":" + subjectCode + " " + award + " " + decisionNo
                + (phaseFrom == null ? "" : " phase " + phaseFrom + "–" + phaseTo) + "]";
    }
}
