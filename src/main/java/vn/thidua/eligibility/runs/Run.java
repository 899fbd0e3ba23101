package vn.thidua.eligibility.runs;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.RunKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The run aggregate: what was asked, by whom, with which rules, and how it ended. */
@Table("run")
class Run {
    @Id
    Long id;
    RunKind kind;
    Integer year;
    Integer fromYear;
    Integer toYear;
    Integer quota;
    LocalDate referenceDate;
    RunStatus status;
    Integer ruleSetVersion;
    String ruleSetHash;
    String startedBy;
    Instant startedAt;
    Instant finishedAt;
    String failureReason;
    int subjectCount;
    int eligible;
    int notEligible;
    int excluded;
    int deferred;
    int undetermined;
    int proposed;
    int tiedAtQuota;
    int reserve;
    /** How its traces name counted facts ({@link FactJson#firings}); null for a run made before they were named by key. */
    Integer traceCountedInFull;

    static Run start(RunKind kind, Integer year, Integer fromYear, Integer toYear, Integer quota,
                     LocalDate referenceDate, int ruleSetVersion, String startedBy, Instant now, int traceCountedInFull) {
        Run r = new Run();
        r.kind = kind;
        r.year = year;
        r.fromYear = fromYear;
        r.toYear = toYear;
        r.quota = quota;
        r.referenceDate = referenceDate;
        r.status = RunStatus.RUNNING;
        r.ruleSetVersion = ruleSetVersion;
        r.startedBy = startedBy;
        r.startedAt = now;
        r.traceCountedInFull = traceCountedInFull;
        return r;
    }

    void complete(String hash, Map<Outcome, Integer> counts, Instant now) {
        status = RunStatus.COMPLETED;
        ruleSetHash = hash;
        finishedAt = now;
        subjectCount = counts.values().stream().mapToInt(Integer::intValue).sum();
        eligible = counts.getOrDefault(Outcome.ELIGIBLE, 0);
        notEligible = counts.getOrDefault(Outcome.NOT_ELIGIBLE, 0);
        excluded = counts.getOrDefault(Outcome.EXCLUDED, 0);
        deferred = counts.getOrDefault(Outcome.DEFERRED, 0);
        undetermined = counts.getOrDefault(Outcome.UNDETERMINED, 0);
        proposed = counts.getOrDefault(Outcome.PROPOSED, 0);
        tiedAtQuota = counts.getOrDefault(Outcome.TIED_AT_QUOTA, 0);
        reserve = counts.getOrDefault(Outcome.RESERVE, 0);
    }

    void fail(String hash, String reason, Instant now) {
        status = RunStatus.FAILED;
        ruleSetHash = hash;
        failureReason = reason;
        finishedAt = now;
    }

    Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        if (kind == RunKind.ANNUAL) {
            m.put(Outcome.ELIGIBLE, eligible);
        } else {
            m.put(Outcome.PROPOSED, proposed);
            m.put(Outcome.TIED_AT_QUOTA, tiedAtQuota);
            m.put(Outcome.RESERVE, reserve);
        }
        m.put(Outcome.NOT_ELIGIBLE, notEligible);
        if (kind == RunKind.ANNUAL) {
            // a phase run does not leave a condition unjudged
            m.put(Outcome.UNDETERMINED, undetermined);
        }
        m.put(Outcome.DEFERRED, deferred);
        m.put(Outcome.EXCLUDED, excluded);
        return m;
    }

    RunSummary summary() {
        return new RunSummary(new RunId(id), kind, year, fromYear, toYear, quota, referenceDate, status, ruleSetVersion, ruleSetHash,
                startedBy, startedAt, finishedAt, failureReason, subjectCount, counts());
    }
}
