/**
 * The one adapter that owns Drools: compiles rule files read at run time (classic DRL build, which
 * reports every error with its line; spreadsheet decision tables are turned into DRL first), caches the compiled rules by content hash, and evaluates a
 * group of facts in a short-lived session, recording every firing with the facts it matched.
 * No other package imports {@code org.kie} or {@code org.drools}.
 */
package vn.thidua.eligibility.engine;
