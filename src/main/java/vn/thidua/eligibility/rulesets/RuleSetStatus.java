package vn.thidua.eligibility.rulesets;

public enum RuleSetStatus { DRAFT, ACTIVE, RETIRED }
