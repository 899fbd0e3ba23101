/**
 * The audit log: every change (fact imports with their keys, runs with their digests, rule sets,
 * proposals, accounts) and every failed login, appended as a numbered entry authenticated with
 * HMAC-SHA256 under a key the database does not hold, chained to the one before. The change and its
 * entry commit together; a checkpoint of the chain's length and head, kept next to the key, and the
 * fingerprint printed on documents show a log cut short or rolled back. The modules publish events;
 * only this package writes the log.
 */
package vn.thidua.eligibility.audit;
