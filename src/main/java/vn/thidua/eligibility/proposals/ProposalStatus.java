package vn.thidua.eligibility.proposals;

/** Compiled by the Office; before the Council; decided (immutable). Only forward. */
public enum ProposalStatus { DRAFT, UNDER_REVIEW, DECIDED }
