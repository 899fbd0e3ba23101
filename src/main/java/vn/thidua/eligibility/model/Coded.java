package vn.thidua.eligibility.model;

/** A fact named by a code of its own (a unit, a person, an item, a task, a dossier, an initiative). */
public interface Coded {
    String getCode();
}
