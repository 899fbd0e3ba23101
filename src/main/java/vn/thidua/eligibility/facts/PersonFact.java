package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.PersonCategory;

/** A stored person; its JSON form is the import format. */
@Table("people")
record PersonFact(@Id @JsonIgnore Long id, String code, String fullName, String unitCode, PersonCategory category,
                  Gender gender) {
}
