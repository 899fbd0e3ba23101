package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;

/** A stored scored item of the CCHC index; its JSON form is the import format. */
@Table("criteria")
record CriterionFact(@Id @JsonIgnore Long id, int year, String code, String name, BigDecimal maxScore,
                     BigDecimal score, String unitCode, String officerCode) {
}
