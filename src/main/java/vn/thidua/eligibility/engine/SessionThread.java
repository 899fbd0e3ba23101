package vn.thidua.eligibility.engine;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one rule session on a thread of its own and takes the CPU back when the session overruns
 * its time limit. The caller's thread (a run's evaluator, a web request) only waits, so it is never
 * the one stopped.
 */
final class SessionThread {
    /** How long a halted session may take to return, then a stopped thread to end. */
    static final Duration GRACE = Duration.ofSeconds(1);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private SessionThread() {
    }

    /**
     * The session's result, or, past the limit, {@link RuleTimeoutException} once its thread has ended.
     *
     * @param session what is evaluated, for the message ("the rule session of UNIT:VP, …")
     * @param halt    asks the session to stop between firings
     * @param limited names the limit in the message ("eligibility.engine.session-timeout = 5 s")
     */
    static <T> T run(String session, Duration limit, String limited, Runnable halt, Callable<T> work) {
        if (limit.isNegative() || limit.isZero()) {
            throw new RuleTimeoutException(session, limited, Duration.ZERO, false);
        }
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "rule-session-" + COUNT.incrementAndGet());
        worker.setDaemon(true);
        long t0 = System.nanoTime();
        worker.start();
        try {
            return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            boolean stopped = end(worker, halt);
            throw new RuleTimeoutException(session, limited, Duration.ofNanos(System.nanoTime() - t0), stopped);
        } catch (InterruptedException e) {
            // the caller gives up (another group of the run failed): the session must not go on alone
            boolean stopped = end(worker, halt);
            Thread.currentThread().interrupt();
            throw new RuleTimeoutException(session, "its caller's cancellation", Duration.ofNanos(System.nanoTime() - t0),
                    stopped);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Halts the session, and stops its thread if halting does not end it: halt() acts only between
     * firings, interrupt() not at all, so a join over many facts or a long computation inside one
     * consequence would keep the CPU until the service restarts. Java 17 (this product's fixed
     * version) still implements Thread.stop(). It leaves what the thread was changing half-changed:
     * the session is thrown away, and the engine evicts the compiled rules, whose shared KieBase
     * state the thread may have been updating.
     *
     * @return whether the thread had to be stopped
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static boolean end(Thread worker, Runnable halt) {
        halt.run();
        if (joined(worker)) {
            return false;
        }
        worker.stop();
        joined(worker);
        return true;
    }

    private static boolean joined(Thread worker) {
        try {
            worker.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !worker.isAlive();
    }
}
