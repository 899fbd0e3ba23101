package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;

/**
 * An award held, as the awards register records it: what later runs read.
 *
 * @param phaseFrom the first year of the phase a phase award was for, or null (with {@code phaseTo})
 */
public record RegisteredAward(int year, SubjectType subjectType, String subjectCode, AwardType award,
                              String decisionNo, LocalDate decisionDate, Integer phaseFrom, Integer phaseTo) {

    /** An award recorded without a phase. */
    public RegisteredAward(int year, SubjectType subjectType, String subjectCode, AwardType award, String decisionNo,
                           LocalDate decisionDate) {
        this(year, subjectType, subjectCode, award, decisionNo, decisionDate, null, null);
    }
}
