package vn.thidua.eligibility.model;

public enum Gender { FEMALE, MALE }
