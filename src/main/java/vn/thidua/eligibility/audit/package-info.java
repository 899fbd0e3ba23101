/**
 * The audit log: every change (fact imports, runs, rule sets, users) and every failed login,
 * appended as an entry whose hash chains it to the one before, so that an altered, deleted or
 * reordered entry is found by recomputing the chain. The modules publish events; only this
 * package writes the log.
 */
package vn.thidua.eligibility.audit;
