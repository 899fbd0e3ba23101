package vn.thidua.eligibility.model;

public enum RunKind { ANNUAL, PHASE }
