package vn.thidua.eligibility.engine;

import java.time.Duration;

/**
 * An engine without the DRL token check, for tests that prove the bytecode check holds on its own:
 * whatever the first check misses, nothing outside the allow-list runs.
 */
public final class BytecodeOnly {
    private BytecodeOnly() {
    }

    public static RuleEngine engine(int maxFirings, Duration sessionTimeout) {
        return new RuleEngine(new RuleCompiler(false), maxFirings, 64, sessionTimeout);
    }
}
