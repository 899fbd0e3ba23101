package vn.thidua.eligibility.rulesets;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.engine.CompiledRules;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.engine.RuleEngine;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.engine.RuleTimeoutException;
import vn.thidua.eligibility.model.Evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Rules that pass the allow-list and still run long: every session ends within its limit plus a
 * few seconds, the run's caller gets a reason naming the session, the thread that evaluated it
 * is gone (its CPU released), and the engine evaluates normally right after.
 */
class RuleTimeLimitTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Evaluation ANNUAL = Evaluation.annual(2024, LocalDate.of(2025, 1, 15));
    private static final FactGroup GROUP = new FactGroup(List.of(Facts.unit("VP"), Facts.person("NV001")), List.of());

    /** The firing cap is out of reach: only the time limit can end these sessions. */
    private final RuleEngine engine = new RuleEngine(Integer.MAX_VALUE - 1, 4, LIMIT);

    private static String rule(String name, String when, String then) {
        return """
                package timing;
                import vn.thidua.eligibility.model.*;
                rule "%s" @id("T.%s") @legalBasis("none")
                when
                %s
                then
                %s
                end
                rule "decide" @id("T.DECIDE") @legalBasis("none")
                when
                    $s : Subject()
                then
                    insert(new Decision($s, AwardType.GIAY_KHEN_CCHC, Outcome.NOT_ELIGIBLE));
                end
                """.formatted(name, name.toUpperCase(), when, then);
    }

    /**
     * Every item against every other, each pair through a constraint on the list: allowed, and
     * quadratic. Drools evaluates it in one step of its network, where halt() cannot reach it.
     */
    private static final String PAIRS = rule("pairs", "    $a : Criterion()\n"
            + "    not Criterion(code.toLowerCase().length() < $a.code.toLowerCase().length() - 1000)", "    delete($a);");
    private static final FactGroup MANY_ITEMS = new FactGroup(GROUP.subjects(), IntStream.range(0, 30_000)
            .mapToObj(i -> Facts.item(2024, "C." + i, "1", "1", "VP", null)).toList());
    /** A rule that re-activates itself forever: it returns to the engine between firings. */
    private static final String REFIRING = rule("again", "    $e : Evaluation()", "    update($e);");
    private static final String NORMAL = rule("quick", "    $u : Unit()", "    insert(new Exclusion($u, \"QUICK\"));");

    private CompiledRules compile(String name, String drl) {
        return engine.compile(RuleSource.of(name, Map.of(name + ".drl", drl)));
    }

    @Test
    void aConsequenceThatNeverReturnsIsStoppedWithinTheLimitAndItsThreadIsGone() throws Exception {
        CompiledRules normal = compile("normal", NORMAL);
        long before = timed(() -> engine.evaluate(normal, ANNUAL, List.of(), GROUP));
        CompiledRules pairs = compile("pairs", PAIRS);

        long t0 = System.nanoTime();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> catchThrowableOfType(
                RuleTimeoutException.class, () -> engine.evaluate(pairs, ANNUAL, List.of(), MANY_ITEMS)));
        Thread evaluator = sessionThread();
        long cpu = THREADS.getThreadCpuTime(evaluator.getId());
        // the attack is real: the session's thread burns CPU while the limit has not passed
        await("the session's thread to burn CPU").atMost(LIMIT)
                .until(() -> THREADS.getThreadCpuTime(evaluator.getId()) > cpu);
        Throwable refused = outcome.get(LIMIT.toSeconds() + 10, TimeUnit.SECONDS);
        long elapsed = (System.nanoTime() - t0) / 1_000_000;

        assertThat(refused).isNotNull().hasMessageContaining("the rule session of UNIT:VP, PERSON:NV001")
                .hasMessageContaining("eligibility.engine.session-timeout").hasMessageContaining("was stopped");
        assertThat(elapsed).isLessThan(LIMIT.toMillis() + 5_000);
        assertThat(evaluator.isAlive()).isFalse();
        assertThat(THREADS.getThreadCpuTime(evaluator.getId())).as("CPU time of a thread that no longer exists").isEqualTo(-1);
        // the stopped thread may have damaged the shared KieBase: the next use compiles afresh
        assertThat(compile("pairs", PAIRS)).isNotSameAs(pairs);
        long after = timed(() -> engine.evaluate(normal, ANNUAL, List.of(), GROUP));
        assertThat(after).isLessThan(Math.max(5 * before, 500));
        System.out.printf("time limit: quadratic session ended after %d ms (limit %d ms); normal evaluation %d ms before, %d ms after%n",
                elapsed, LIMIT.toMillis(), before, after);
    }

    @Test
    void aRuleThatKeepsFiringIsHaltedWithinTheLimitWithoutStoppingItsThread() throws Exception {
        CompiledRules refiring = compile("refiring", REFIRING);

        long t0 = System.nanoTime();
        RuleTimeoutException refused = catchThrowableOfType(RuleTimeoutException.class,
                () -> engine.evaluate(refiring, ANNUAL, List.of(), GROUP));
        long elapsed = (System.nanoTime() - t0) / 1_000_000;

        assertThat(refused).isNotNull().hasMessageContaining("the rule session of UNIT:VP, PERSON:NV001")
                .hasMessageNotContaining("was stopped");
        assertThat(elapsed).isLessThan(LIMIT.toMillis() + 5_000);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("rule-session-"));
        // halted, not stopped: the compiled rules stay cached
        assertThat(compile("refiring", REFIRING)).isSameAs(refiring);
    }

    @Test
    void aRankingSessionIsBoundedToo() {
        CompiledRules refiring = compile("refiring-rank", REFIRING);
        Evaluation phase = Evaluation.phase(2021, 2025, LocalDate.of(2026, 1, 15), 1);

        RuleTimeoutException refused = catchThrowableOfType(RuleTimeoutException.class,
                () -> engine.rank(refiring, phase, List.of(), List.of()));

        assertThat(refused).isNotNull().hasMessageContaining("the ranking session of 0 qualified people");
    }

    @Test
    void aCallerWithLessTimeLeftThanTheSessionLimitGetsItsOwnLimitNamed() {
        CompiledRules pairs = compile("pairs-run", PAIRS);

        RuleTimeoutException refused = catchThrowableOfType(RuleTimeoutException.class,
                () -> engine.evaluate(pairs, ANNUAL, List.of(), MANY_ITEMS, Duration.ofMillis(300)));
        RuleTimeoutException spent = catchThrowableOfType(RuleTimeoutException.class,
                () -> engine.evaluate(compile("normal", NORMAL), ANNUAL, List.of(), GROUP, Duration.ZERO));

        assertThat(refused).isNotNull().hasMessageContaining("eligibility.runs.max-duration");
        assertThat(spent).isNotNull().hasMessageContaining("eligibility.runs.max-duration");
    }

    private static Thread sessionThread() {
        return await("a rule session thread to start").atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("rule-session-") && t.isAlive()).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static long timed(Runnable evaluation) {
        long t0 = System.nanoTime();
        evaluation.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
