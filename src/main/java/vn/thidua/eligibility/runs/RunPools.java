package vn.thidua.eligibility.runs;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The runs' threads, shut down with the context: runs still evaluating are interrupted and the
 * next start marks them FAILED. Daemon threads, so that a rule session deaf to the interrupt cannot
 * keep the JVM alive.
 */
@Configuration(proxyBeanMethods = false)
class RunPools {

    /** Evaluates whole runs, {@code concurrentRuns} at a time; more wait in its queue. */
    @Bean
    ThreadPoolTaskExecutor runPool(RunSettings settings) {
        return pool("eligibility-run-", settings.concurrentRuns());
    }

    /** Shared by all runs: rule sessions are independent, the compiled rules are thread-safe. */
    @Bean
    ThreadPoolTaskExecutor evaluatorPool(RunSettings settings) {
        return pool("eligibility-evaluator-", settings.threads());
    }

    private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
        return new ThreadPoolTaskExecutorBuilder().corePoolSize(threads).maxPoolSize(threads).threadNamePrefix(prefix)
                .customizers(pool -> pool.setDaemon(true)).build();
    }
}
