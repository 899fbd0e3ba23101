package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A stored unit; its JSON form is the import format. */
@Table("units")
record UnitFact(@Id @JsonIgnore Long id, String code, String name, LocalDate dissolvedOn) {
}
