package vn.thidua.eligibility.proposals;

/** The Emulation and Reward Council's result for one entry. */
public enum CouncilResult { AGREED, REJECTED }
