package vn.thidua.eligibility.model;

import java.time.LocalDate;

/** An award already granted (the awards register), read by later runs. */
public final class Award {
    private final int year;
    private final SubjectType subjectType;
    private final String subjectCode;
    private final AwardType award;
    private final String decisionNo;
    private final LocalDate decisionDate;

    public Award(int year, SubjectType subjectType, String subjectCode, AwardType award, String decisionNo,
                 LocalDate decisionDate) {
        this.year = year;
        this.subjectType = subjectType;
        this.subjectCode = subjectCode;
        this.award = award;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
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

    public boolean concerns(Subject subject) {
        return subjectType == subject.getSubjectType() && subjectCode.equals(subject.getCode());
    }

    @Override
    public String toString() {
        return "Award[" + year + " " + subjectType + ":" + subjectCode + " " + award + " " + decisionNo + "]";
    }
}
