/**
 * The one adapter that owns Drools: compiles rule files read at run time (spreadsheet decision
 * tables are turned into DRL first) as an executable model, refuses the build unless every class
 * it generates stays within {@link vn.thidua.eligibility.engine.RuleAllowList} (the classic build
 * is asked only for line-precise errors), caches the compiled rules by content hash, and evaluates
 * a group of facts in a short-lived, time-bounded session, recording every firing with the facts
 * it matched. No other package imports {@code org.kie} or {@code org.drools}.
 */
package vn.thidua.eligibility.engine;
