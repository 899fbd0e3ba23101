package vn.thidua.eligibility.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class OrderedPipelineTest {
    private static final int WINDOW = 3;
    private static final int TASKS = 4 * WINDOW;
    /** One thread per task in flight: a task waiting for a later one must not hold the later one's thread. */
    private final ExecutorService pool = Executors.newFixedThreadPool(WINDOW);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /**
     * Within each window the tasks finish last first: task i waits, on a latch, until task i+1 has
     * finished; the last task of a window waits for nothing. So every window is evaluated concurrently
     * and completes in reverse.
     */
    private static List<Callable<Integer>> tasksFinishingInReverseWithinEachWindow(Queue<Integer> finished) {
        List<CountDownLatch> done = IntStream.range(0, TASKS).mapToObj(i -> new CountDownLatch(1)).toList();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            int n = i;
            tasks.add(() -> {
                boolean lastOfItsWindow = (n + 1) % WINDOW == 0;
                if (!lastOfItsWindow && !done.get(n + 1).await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("task " + (n + 1) + " never finished: the tasks do not run concurrently");
                }
                finished.add(n);
                done.get(n).countDown();
                return n;
            });
        }
        return tasks;
    }

    @Test
    void resultsReachTheSinkInSubmissionOrderOnTheCallingThreadWhileTasksFinishInReverse() {
        Queue<Integer> finished = new ConcurrentLinkedQueue<>();
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(pool, WINDOW, n -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            seen.add(n);
        });
        tasksFinishingInReverseWithinEachWindow(finished).forEach(pipeline::submit);
        pipeline.finish();

        assertThat(finished).as("the tasks really finished out of order").startsWith(2, 1, 0);
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, TASKS).boxed().toList());
    }

    /** The same tasks through a pipeline that hands results on as they finish: the check above would fail. */
    @Test
    void aPipelineWritingInCompletionOrderWouldFailTheOrderCheck() {
        Queue<Integer> seen = new ConcurrentLinkedQueue<>();
        Consumer<Callable<Integer>> completionOrder = task -> pool.submit(() -> seen.add(task.call()));
        tasksFinishingInReverseWithinEachWindow(new ConcurrentLinkedQueue<>()).forEach(completionOrder);

        await("every task finishes").atMost(Duration.ofSeconds(10)).until(() -> seen.size() == TASKS);
        List<Integer> inOrder = IntStream.range(0, TASKS).boxed().toList();
        assertThat(List.copyOf(seen)).containsExactlyInAnyOrderElementsOf(inOrder).isNotEqualTo(inOrder);
    }

    /**
     * The tasks hold until released, so none finishes early: the caller must block in submit once
     * WINDOW tasks are in flight, and go on only when the oldest is released.
     */
    @Test
    void theCallerWaitsOnceTheWindowIsFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger submitted = new AtomicInteger();
        ExecutorService wide = Executors.newFixedThreadPool(TASKS);
        try {
            OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(wide, WINDOW, n -> { });
            Thread producer = new Thread(() -> {
                for (int i = 0; i < TASKS; i++) {
                    submitted.incrementAndGet();
                    pipeline.submit(() -> {
                        started.incrementAndGet();
                        return release.await(10, TimeUnit.SECONDS) ? 0 : -1;
                    });
                }
                pipeline.finish();
            });
            producer.start();

            await("the tasks in flight start").atMost(Duration.ofSeconds(10)).until(() -> started.get() == WINDOW);
            await("the producer blocks").atMost(Duration.ofSeconds(10))
                    .until(() -> producer.getState() == Thread.State.WAITING);
            assertThat(submitted).as("tasks submitted while the first still runs").hasValue(WINDOW);
            assertThat(started).hasValue(WINDOW);

            release.countDown();
            producer.join(Duration.ofSeconds(10).toMillis());
            assertThat(producer.isAlive()).isFalse();
            assertThat(started).hasValue(TASKS);
        } finally {
            wide.shutdownNow();
        }
    }

    @Test
    void aTasksExceptionReachesTheCallerAsItIs() {
        List<Integer> seen = new ArrayList<>();
        OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(pool, 4, seen::add);
        pipeline.submit(() -> 1);
        pipeline.submit(() -> {
            throw new IllegalArgumentException("rule loop in group 2");
        });
        assertThatThrownBy(() -> {
            pipeline.submit(() -> 3);
            pipeline.finish();
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("rule loop in group 2");
        assertThat(seen).containsExactly(1);
    }
}
