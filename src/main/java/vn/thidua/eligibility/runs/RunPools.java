package vn.thidua.eligibility.runs;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The runs' threads (their groups are evaluated on the engine's {@link vn.thidua.eligibility.engine.Evaluators}),
 * shut down with the context: runs still evaluating are interrupted and the
 * next start marks them FAILED. The close does not wait for them (a run may take minutes), and
 * daemon threads let the JVM exit even past a rule session deaf to the interrupt.
 */
@Configuration(proxyBeanMethods = false)
class RunPools {

    /** Evaluates whole runs, {@code concurrentRuns} at a time; more wait in its queue. */
    @Bean
    ThreadPoolTaskExecutor runPool(RunSettings settings) {
        int threads = settings.concurrentRuns();
        return new ThreadPoolTaskExecutorBuilder().corePoolSize(threads).maxPoolSize(threads).threadNamePrefix("eligibility-run-")
                .customizers(pool -> {
                    pool.setDaemon(true);
                    // no pause at the context's stop waiting for the runs in flight: interrupted at its close
                    pool.setAcceptTasksAfterContextClose(true);
                }).build();
    }
}
