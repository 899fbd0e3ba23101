package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** A stored TTHC dossier; its JSON form is the import format. */
@Table("dossiers")
record DossierFact(@Id @JsonIgnore Long id, String code, String unitCode, LocalDate dueDate, LocalDate completedDate) {
}
