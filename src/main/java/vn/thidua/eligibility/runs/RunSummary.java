package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A run as the API shows it: request, rule set version and hash, who and when, status and the count of each outcome. */
public record RunSummary(RunId id, RunKind kind, Integer year, Integer fromYear, Integer toYear,
                         Integer quota, LocalDate referenceDate, RunStatus status, Integer ruleSetVersion, String ruleSetHash,
                         String startedBy, Instant startedAt, Instant finishedAt, String failureReason,
                         int subjectCount, Map<Outcome, Integer> counts) {
}
