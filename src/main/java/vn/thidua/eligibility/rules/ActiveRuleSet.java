package vn.thidua.eligibility.rules;

import java.util.Optional;

/**
 * Where runs get their rules: the one active version, or a version asked for by number (a retired
 * one, to re-determine a year under the rules of the time; a draft is returned too, marked as not
 * activated, for the caller to refuse).
 */
public interface ActiveRuleSet {

    /** The version active now. */
    RuleSetVersion current();

    /**
     * @throws InvalidParametersException when the version exists but its parameters.yaml is unusable
     */
    Optional<RuleSetVersion> version(int number);
}
