package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.engine.RuleInfo;

import java.util.List;
import java.util.Set;

/**
 * Rule coverage of a rule set's scenarios, as IBM ODM and Red Hat Decision Manager report it: for
 * every rule of the rule set, fired or not, how many scenarios fired it. A scenario that cannot be
 * read or decided fires nothing.
 *
 * @param rules      how many rules the rule set has
 * @param exercised  how many of them at least one scenario fires
 * @param perRule    every rule, in file and id order, with its count
 * @param unexercised the ids of the rules no scenario fires
 */
public record RuleCoverage(int rules, int exercised, List<RuleScenarioCount> perRule, List<String> unexercised) {

    /** One rule and the number of scenarios that fired it (0 when none did). */
    public record RuleScenarioCount(String id, String name, String file, int scenarios) {
    }

    static RuleCoverage of(List<RuleInfo> rules, List<Set<String>> firedPerScenario) {
        List<RuleScenarioCount> perRule = rules.stream().map(r -> new RuleScenarioCount(r.id(), r.name(), r.file(),
                (int) firedPerScenario.stream().filter(fired -> fired.contains(idOf(r))).count())).toList();
        List<String> unexercised = perRule.stream().filter(r -> r.scenarios() == 0).map(r -> idOf(r.id(), r.name())).toList();
        return new RuleCoverage(perRule.size(), perRule.size() - unexercised.size(), perRule, unexercised);
    }

    /** True when every rule is fired by at least one scenario. */
    public boolean complete() {
        return unexercised.isEmpty();
    }

    /** The share of rules exercised, in percent, rounded down (100 only when complete). */
    public int percent() {
        return rules == 0 ? 100 : exercised * 100 / rules;
    }

    /** A session names a fired rule by its id, or its name when it has none (as the engine does). */
    private static String idOf(RuleInfo r) {
        return idOf(r.id(), r.name());
    }

    private static String idOf(String id, String name) {
        return id != null ? id : name;
    }
}
