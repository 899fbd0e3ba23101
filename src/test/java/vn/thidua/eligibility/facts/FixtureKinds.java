package vn.thidua.eligibility.facts;

import java.util.List;

import static vn.thidua.eligibility.facts.Field.optional;
import static vn.thidua.eligibility.facts.Field.required;
import static vn.thidua.eligibility.facts.FieldType.code;
import static vn.thidua.eligibility.facts.FieldType.text;

/**
 * Kinds of fact that exist only in tests, to show that a kind's descriptor is all that import,
 * storage, export, row mapping and the workbook need to know of it.
 */
public final class FixtureKinds {
    /** Staff with a field added to what people have: their position, as the next issue adds one. */
    public static final FactKind STAFF = new FactKind("staff", "Cán bộ", List.of(
            required("code", "code", code(), "Mã cán bộ"),
            required("fullName", "full_name", text(500), "Họ và tên"),
            optional("position", "position", text(100), "Chức vụ")),
            List.of("code"), List.of(), List.of(), null,
            r -> new StaffMember(r.get("code"), r.get("fullName"), r.get("position")));

    /** What the rules would see of a {@link #STAFF} record. */
    public record StaffMember(String code, String fullName, String position) {
    }

    private FixtureKinds() {
    }
}
