package vn.thidua.eligibility.engine;

/** The rules kept firing past the limit: most likely a rule that re-activates itself forever. */
public class RuleLimitExceededException extends RuntimeException {
    public RuleLimitExceededException(int limit, String lastRule) {
        super("The rules fired more than " + limit + " times for one group of subjects (last rule: \""
                + lastRule + "\"); a rule probably re-activates itself endlessly.");
    }
}
