/**
 * Rule sets: the DRL files and {@code parameters.yaml} read at run time from the rules folder,
 * named by the SHA-256 of their content, and the dated parameters resolved for a reference date.
 */
package vn.thidua.eligibility.rules;
