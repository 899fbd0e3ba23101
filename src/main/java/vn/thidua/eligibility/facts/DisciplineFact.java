package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.SubjectType;

import java.time.LocalDate;

/** A stored sanction, review or investigation; its JSON form is the import format. */
@Table("disciplines")
record DisciplineFact(@Id @JsonIgnore Long id, SubjectType subjectType, String subjectCode,
                      DisciplineKind kind, @Column("from_date") LocalDate from, @Column("to_date") LocalDate to) {
}
