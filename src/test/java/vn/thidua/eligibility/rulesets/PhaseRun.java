package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.engine.Verdict;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectRef;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two sessions of a phase run: every person judged, and the qualified ones ranked. A person's
 * outcome is the ranking's when ranked, else the judgement's.
 */
record PhaseRun(Map<SubjectRef, Verdict> judged, Map<SubjectRef, Verdict> ranked) {

    Verdict judged(String personCode) {
        Verdict v = judged.get(RuleHarness.person(personCode));
        assertThat(v).as("verdict on " + personCode).isNotNull();
        return v;
    }

    Verdict ranked(String personCode) {
        Verdict v = ranked.get(RuleHarness.person(personCode));
        assertThat(v).as(personCode + " ranked").isNotNull();
        return v;
    }

    Outcome outcome(String personCode) {
        Verdict r = ranked.get(RuleHarness.person(personCode));
        return r != null ? r.outcome() : judged(personCode).outcome();
    }

    Integer rank(String personCode) {
        return ranked(personCode).rank();
    }
}
