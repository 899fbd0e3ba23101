package vn.thidua.eligibility.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on a pool while the calling thread goes on producing them, and hands their results to
 * the sink on the calling thread, in the order the tasks were submitted. At most {@code window}
 * tasks are in flight, so memory stays bounded; a task's exception is rethrown to the caller as is,
 * and the tasks still in flight are cancelled. Made by {@link Evaluators#inOrder}.
 */
public final class OrderedPipeline<R> {
    private final ExecutorService pool;
    private final int window;
    private final Consumer<R> sink;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    OrderedPipeline(ExecutorService pool, int window, Consumer<R> sink) {
        this.pool = pool;
        this.window = Math.max(1, window);
        this.sink = sink;
    }

    public void submit(Callable<R> task) {
        inFlight.add(pool.submit(task));
        if (inFlight.size() >= window) {
            drainOldest();
        }
    }

    /** Waits for every task still in flight and hands on its result. */
    public void finish() {
        while (!inFlight.isEmpty()) {
            drainOldest();
        }
    }

    private void drainOldest() {
        Future<R> oldest = inFlight.poll();
        try {
            sink.accept(oldest.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelAll();
            throw new IllegalStateException("Interrupted while waiting for the evaluation", e);
        } catch (ExecutionException | CancellationException e) {
            cancelAll();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (RuntimeException e) {
            cancelAll();
            throw e;
        }
    }

    private void cancelAll() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }
}
