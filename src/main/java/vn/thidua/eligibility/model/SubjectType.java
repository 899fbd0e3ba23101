package vn.thidua.eligibility.model;

/** Tập thể (a unit) or cá nhân (a person). */
public enum SubjectType { UNIT, PERSON }
