package vn.thidua.eligibility.rulesets;

/** A version is a DRAFT until activated (ACTIVE, later RETIRED) or discarded (DISCARDED: never activated, never will be). */
public enum RuleSetStatus { DRAFT, ACTIVE, RETIRED, DISCARDED }
