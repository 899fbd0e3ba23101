package vn.thidua.eligibility.model;

/**
 * Outcomes of a decision. An annual run decides ELIGIBLE, NOT_ELIGIBLE or EXCLUDED. A phase run
 * decides NOT_ELIGIBLE or EXCLUDED, or ranks a qualified person PROPOSED (within the quota),
 * TIED_AT_QUOTA (a tie across the quota line: the Council decides) or RESERVE; while people are
 * judged group by group a qualified person is ELIGIBLE, to be ranked.
 */
public enum Outcome { ELIGIBLE, NOT_ELIGIBLE, EXCLUDED, PROPOSED, TIED_AT_QUOTA, RESERVE }
