package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.thidua.eligibility.engine.RuleProblem;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * One stored version of a rule set: its number, history and status, and (except in listings, where
 * {@code files} is null) its content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetVersion(int version, Integer basedOn, String hash, String author, String note, RuleSetStatus status,
                     boolean valid, List<RuleProblem> problems, Instant createdAt, Instant activatedAt,
                     String activatedBy, SortedMap<String, String> files) {

    /**
     * The content, parsed.
     *
     * @throws InvalidParametersException when parameters.yaml is unusable
     */
    public RuleSet ruleSet() {
        if (files == null) {
            throw new IllegalStateException("Version " + version + " was read without its files");
        }
        return RuleSet.of(files);
    }

    /**
     * True for the active version and for a retired one (active before): the versions a second
     * administrator approved. A draft may be tested and simulated, never run or proposed (four eyes);
     * a discarded one was never activated either.
     */
    public boolean activated() {
        return status == RuleSetStatus.ACTIVE || status == RuleSetStatus.RETIRED;
    }
}
