package vn.thidua.eligibility.runs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedPipelineTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void resultsReachTheSinkInSubmissionOrderWhateverOrderTheTasksFinishIn() {
        List<Integer> seen = new ArrayList<>();
        OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(pool, 3, seen::add);
        for (int i = 0; i < 20; i++) {
            int n = i;
            pipeline.submit(() -> {
                Thread.sleep((20 - n) % 7 * 3L); // later tasks often finish first
                return n;
            });
        }
        pipeline.finish();
        assertThat(seen).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void neverMoreTasksInFlightThanTheWindow() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(pool, 2, x -> { });
        for (int i = 0; i < 12; i++) {
            pipeline.submit(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(5);
                running.decrementAndGet();
                return 0;
            });
        }
        pipeline.finish();
        assertThat(most.get()).isLessThanOrEqualTo(2);
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
