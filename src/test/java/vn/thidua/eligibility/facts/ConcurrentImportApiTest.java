package vn.thidua.eligibility.facts;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Forty overlapping bundles imported at the same moment (before: 8 of 40 answered 500 from a
 * deadlock). Each bundle writes the same units, people and criteria marked with its number, and one
 * person of its own: every import must succeed, and the shared rows must all come from one bundle.
 */
class ConcurrentImportApiTest extends DatabaseTest {
    private static final int IMPORTS = 40;
    private static final int SHARED_PEOPLE = 20;
    private static final int SHARED_CRITERIA = 10;

    @Test
    void fortyConcurrentOverlappingImportsAllSucceedAndLeaveOneBundlesValues() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(IMPORTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < IMPORTS; i++) {
                String bundle = bundle(i);
                answers.add(callers.submit(() -> {
                    go.await();
                    return mvc.perform(post("/api/facts").with(as("staff")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(bundle)).andReturn().getResponse().getStatus();
                }));
            }
            go.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            assertThat(statuses).as("answers by status").isEqualTo(Map.of(200, IMPORTS));
        } finally {
            callers.shutdownNow();
        }

        // every shared row carries the mark of the same bundle: no import was half applied
        List<String> marks = new ArrayList<>();
        marks.addAll(jdbc.queryForList("SELECT name FROM units", String.class));
        marks.addAll(jdbc.queryForList("SELECT full_name FROM people WHERE code LIKE 'S%'", String.class));
        marks.addAll(jdbc.queryForList("SELECT name FROM criteria", String.class));
        assertThat(marks).hasSize(2 + SHARED_PEOPLE + SHARED_CRITERIA);
        assertThat(marks.stream().map(m -> m.substring(m.indexOf('#'))).collect(Collectors.toSet())).hasSize(1);
        assertThat(jdbc.queryForList("SELECT code FROM people WHERE code LIKE 'OWN%'", String.class))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, IMPORTS).mapToObj(i -> "OWN" + i).toList());
    }

    private static String bundle(int i) {
        String mark = " #" + i;
        StringBuilder people = new StringBuilder();
        for (int p = 0; p < SHARED_PEOPLE; p++) {
            people.append(String.format("{\"code\": \"S%03d\", \"fullName\": \"Người %d%s\", \"unitCode\": \"%s\","
                    + " \"category\": \"CONG_CHUC\", \"gender\": \"MALE\"},", p, p, mark, p % 2 == 0 ? "UA" : "UB"));
        }
        people.append(String.format("{\"code\": \"OWN%d\", \"fullName\": \"Riêng%s\", \"unitCode\": \"UA\","
                + " \"category\": \"CONG_CHUC\", \"gender\": \"FEMALE\"}", i, mark));
        StringBuilder criteria = new StringBuilder();
        for (int c = 0; c < SHARED_CRITERIA; c++) {
            criteria.append(c == 0 ? "" : ",").append(String.format("{\"year\": 2024, \"code\": \"1.%d\", \"name\": \"Tiêu chí%s\","
                    + " \"maxScore\": 10, \"score\": %d, \"unitCode\": \"UA\"}", c, mark, i % 11));
        }
        return "{\"units\": [{\"code\": \"UA\", \"name\": \"Phòng A" + mark + "\"}, {\"code\": \"UB\", \"name\": \"Phòng B" + mark
                + "\"}], \"people\": [" + people + "], \"criteria\": [" + criteria + "]}";
    }
}
