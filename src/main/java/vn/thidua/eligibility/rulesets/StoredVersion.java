package vn.thidua.eligibility.rulesets;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.thidua.eligibility.engine.RuleProblem;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/** One stored version; {@code files} is null in listings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoredVersion(int version, Integer basedOn, String hash, String author, String note, RuleSetStatus status,
                     boolean valid, List<RuleProblem> problems, Instant createdAt, Instant activatedAt,
                     String activatedBy, SortedMap<String, String> files) {
}
