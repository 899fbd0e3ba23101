package vn.thidua.eligibility.runs;

/** A decision with the run that made it: what a subject's profile lists, run after run. */
public record RunDecision(RunSummary run, DecisionView decision) {
}
