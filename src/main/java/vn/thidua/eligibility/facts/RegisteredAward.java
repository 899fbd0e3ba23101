package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;

/** An award held, as the awards register records it: what later runs read. */
public record RegisteredAward(int year, SubjectType subjectType, String subjectCode, AwardType award,
                              String decisionNo, LocalDate decisionDate) {
}
