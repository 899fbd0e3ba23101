package vn.thidua.eligibility.model;

/** A civil servant, public employee or worker of the Department: an individual. */
public final class Person implements Subject {
    private final String code;
    private final String fullName;
    private final String unitCode;
    private final PersonCategory category;
    private final Gender gender;

    public Person(String code, String fullName, String unitCode, PersonCategory category, Gender gender) {
        this.code = code;
        this.fullName = fullName;
        this.unitCode = unitCode;
        this.category = category;
        this.gender = gender;
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

    @Override
    public String toString() {
        return "Person[" + code + "]";
    }
}
