package vn.thidua.eligibility.engine;

/**
 * The rules went past a limit: kept firing (most likely a rule that re-activates itself forever),
 * or, as {@link RuleTimeoutException}, ran too long.
 */
public class RuleLimitExceededException extends RuntimeException {
    public RuleLimitExceededException(int limit, String lastRule) {
        super("The rules fired more than " + limit + " times for one group of subjects (last rule: \""
                + lastRule + "\"); a rule probably re-activates itself endlessly.");
    }

    protected RuleLimitExceededException(String message) {
        super(message);
    }
}
