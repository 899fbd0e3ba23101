package vn.thidua.eligibility.security;

/** What a user may do: see the URL rules in {@link SecurityConfiguration}. */
enum Role {
    /** Manages users and rule sets, and may do everything STAFF does. */
    ADMIN,
    /** Imports facts and starts runs. */
    STAFF,
    /** Reads everything, changes nothing. */
    AUDITOR
}
