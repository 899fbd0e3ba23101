package vn.thidua.eligibility.engine;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.Subject;

import java.util.List;

/** Everything the rules concluded about one subject: the outcome, why, and the firings that led there. */
public record Verdict(Subject subject, AwardType award, Outcome outcome, List<Explanation> conditions,
                      List<Explanation> exclusions, List<Firing> trace) {
}
