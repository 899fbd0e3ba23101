package vn.thidua.eligibility.model;

/** A civil servant, public employee or worker of the Department: an individual. */
public final class Person implements Subject {
    private final String code;
    private final String fullName;
    private final String unitCode;
    private final PersonCategory category;
    private final Gender gender;
    private final String position;

    /** A person whose position is not recorded. */
    public Person(String code, String fullName, String unitCode, PersonCategory category, Gender gender) {
        this(code, fullName, unitCode, category, gender, null);
    }

    /**
     * @param unitCode the unit the person belongs to: in a run, the unit on its reference date (from the
     *                 membership history when the person has one)
     * @param position the position (chức vụ), e.g. "Trưởng phòng", "Chuyên viên"; null when not recorded
     */
    public Person(String code, String fullName, String unitCode, PersonCategory category, Gender gender,
                  String position) {
        this.code = code;
        this.fullName = fullName;
        this.unitCode = unitCode;
        this.category = category;
        this.gender = gender;
        this.position = position;
    }

    @Override
    public SubjectType getSubjectType() {
        return SubjectType.PERSON;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getName() {
        return fullName;
    }

    public String getFullName() {
        return fullName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public PersonCategory getCategory() {
        return category;
    }

    public Gender getGender() {
        return gender;
    }

    /** The position (chức vụ), e.g. "Trưởng phòng", "Chuyên viên"; null when not recorded. */
    public String getPosition() {
        return position;
    }

    @Override
    public String toString() {
        return "Person[" + code + "]";
    }
}
