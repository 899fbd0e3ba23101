package vn.thidua.eligibility.model;

/**
 * Outcomes of a decision. An annual run decides ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED (a condition
 * cannot be judged for want of facts and no judged one fails), DEFERRED (chưa khen thưởng: held
 * while discipline is considered or an investigation is open on R, for a later run to decide) or
 * EXCLUDED; EXCLUDED goes before DEFERRED, which goes before the conditions. A phase run decides
 * NOT_ELIGIBLE, DEFERRED or EXCLUDED, or ranks a qualified person PROPOSED (within the quota),
 * TIED_AT_QUOTA (a tie across the quota line: the Council decides) or RESERVE; while people are
 * judged group by group a qualified person is ELIGIBLE, to be ranked.
 */
public enum Outcome { ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED, DEFERRED, EXCLUDED, PROPOSED, TIED_AT_QUOTA, RESERVE }
