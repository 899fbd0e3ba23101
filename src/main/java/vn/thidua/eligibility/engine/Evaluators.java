package vn.thidua.eligibility.engine;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The threads that evaluate groups, shared by runs and simulations: rule sessions are independent
 * and the compiled rules thread-safe. One per processor unless {@code eligibility.runs.evaluation-threads}
 * says otherwise (the name runs gave it first). Shut down with the context: evaluations still going
 * are interrupted, and daemon threads let the JVM exit even past a rule session deaf to the interrupt.
 */
@Component
public class Evaluators implements DisposableBean {
    private final int threads;
    private final ExecutorService pool;

    public Evaluators(@Value("${eligibility.runs.evaluation-threads:0}") int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        CustomizableThreadFactory factory = new CustomizableThreadFactory("eligibility-evaluator-");
        factory.setDaemon(true);
        this.pool = Executors.newFixedThreadPool(this.threads, factory);
    }

    /**
     * A pipeline whose tasks run on these threads, two per thread in flight (one evaluating, one
     * ready), their results handed to {@code sink} on the caller's thread in the order submitted.
     */
    public <R> OrderedPipeline<R> inOrder(Consumer<R> sink) {
        return new OrderedPipeline<>(pool, 2 * threads, sink);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
