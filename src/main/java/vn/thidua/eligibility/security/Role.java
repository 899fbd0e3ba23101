package vn.thidua.eligibility.security;

/** What a user may do: see the URL rules in {@link SecurityConfiguration}. */
public enum Role {
    /**
     * Manages users and rule sets, records the Council's review and the decision on a proposal and
     * revokes a granted award, and may do everything STAFF does.
     */
    ADMIN,
    /** Imports facts, starts runs, compiles proposal lists (the Office). */
    STAFF,
    /** Reads everything, changes nothing. */
    AUDITOR
}
