package vn.thidua.eligibility.engine;

import java.time.Duration;

/** A rule session ran past its time limit and was ended; the message names the session and the limit. */
public class RuleTimeoutException extends RuleLimitExceededException {
    private final boolean stopped;

    RuleTimeoutException(String session, String limit, Duration elapsed, boolean stopped) {
        super("The rules took too long: " + session + " was ended after " + elapsed.toMillis() + " ms, past " + limit
                + (stopped ? " (it did not return between firings and was stopped)" : "") + ".");
        this.stopped = stopped;
    }

    /** Whether its thread had to be stopped, which may leave the compiled rules' shared state damaged. */
    boolean stopped() {
        return stopped;
    }
}
