package vn.thidua.eligibility.security;

/** Who is behind a login, for the modules that print names (documents, the audit log). */
public interface AccountHolders {

    /** An unknown login (an account since removed, "system") gives a holder with empty name and position. */
    AccountHolder holder(String username);
}
