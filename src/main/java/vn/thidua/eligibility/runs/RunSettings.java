package vn.thidua.eligibility.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param unitsPerGroup units (with all their people) evaluated in one rule session: bounds memory
 * @param syncWait      how long POST /api/runs waits for the run before answering 202 to poll
 * @param concurrentRuns runs evaluated at the same time; more wait in a queue
 * @param zone          the time zone that decides "today" for a default reference date
 * @param maxDuration   how long one run may evaluate in all; past it the run is FAILED
 *                      (each rule session has its own, shorter limit: eligibility.engine.session-timeout)
 * @param traceCountedInFull how many facts a firing may count through an accumulate and still have
 *                      each copied in full into the trace; past it they are named by key (the unit's
 *                      thousand dossiers), the ones that explain the result staying in full in what
 *                      the rule concluded. Recorded with each run, so its replay writes the same.
 */
@ConfigurationProperties("eligibility.runs")
record RunSettings(@DefaultValue("4") int unitsPerGroup, @DefaultValue("20s") Duration syncWait,
                   @DefaultValue("2") int concurrentRuns, @DefaultValue("Asia/Ho_Chi_Minh") String zone,
                   @DefaultValue("10m") Duration maxDuration, @DefaultValue("20") int traceCountedInFull) {
}
