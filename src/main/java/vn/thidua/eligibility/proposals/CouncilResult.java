package vn.thidua.eligibility.proposals;

/** The Emulation and Reward Council's result for one entry. */
enum CouncilResult { AGREED, REJECTED }
