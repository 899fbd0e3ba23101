package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A stored provincial task; its JSON form is the import format. */
@Table("tasks")
record TaskFact(@Id @JsonIgnore Long id, String code, String unitCode, String title, LocalDate dueDate,
                LocalDate completedDate) {
}
