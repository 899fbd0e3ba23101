package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A stored initiative; its JSON form is the import format. */
@Table("initiatives")
record InitiativeFact(@Id @JsonIgnore Long id, String code, String personCode, int year, String title,
                      LocalDate recognizedOn) {
}
