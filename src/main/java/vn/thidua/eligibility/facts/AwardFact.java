package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;

/** A stored award of the awards register; its JSON form is the import format. */
@Table("awards")
record AwardFact(@Id @JsonIgnore Long id, int year, SubjectType subjectType, String subjectCode, AwardType award,
                 String decisionNo, LocalDate decisionDate) {
}
