package vn.thidua.eligibility.model;

/** Outcomes of a decision; the phase outcomes come with phase runs. */
public enum Outcome { ELIGIBLE, NOT_ELIGIBLE, EXCLUDED, PROPOSED, TIED_AT_QUOTA, RESERVE }
