package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import vn.thidua.eligibility.model.RatingLevel;

/** A stored annual rating; its JSON form is the import format. */
@Table("ratings")
record RatingFact(@Id @JsonIgnore Long id, String personCode, int year, RatingLevel rating) {
}
