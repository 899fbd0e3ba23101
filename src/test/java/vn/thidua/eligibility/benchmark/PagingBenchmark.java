package vn.thidua.eligibility.benchmark;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.EligibilityApplication;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Times a page of a 100,000-subject run's decisions, with each filter and order, through the whole
 * web stack (MockMvc on the running service: security, controller, SQL, JSON; not the socket, and an
 * authenticated user rather than a bcrypt check per call), on the embedded MariaDB. The run is the
 * demo's 2024 run copied: its rule set, and its real decisions' JSON and traces as templates for
 * 1,000 units of 99 people each, inserted directly by JDBC.
 * <p>
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=vn.thidua.eligibility.benchmark.PagingBenchmark
 * -Dexec.classpathScope=test} (-Dbench.units=1000 -Dbench.people=99 -Dbench.repeats=20).
 */
public final class PagingBenchmark {

    public static void main(String[] args) throws Exception {
        int units = Integer.getInteger("bench.units", 1000);
        int peoplePerUnit = Integer.getInteger("bench.people", 99);
        int repeats = Integer.getInteger("bench.repeats", 20);
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--eligibility.database.data-dir=target/bench-paging-data",
                "--eligibility.rules.folder=rules", "--logging.level.vn.thidua=WARN", "--logging.level.org.drools=WARN",
                "--logging.level.org.kie=WARN", "--logging.level.root=WARN"));
        settings.addAll(List.of(args));
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(EligibilityApplication.class)
                .run(settings.toArray(String[]::new))) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            DemoDepartment.importFacts(jdbc, ctx.getBean(FactImport.class));
            RunSummary demo = DemoDepartment.annual2024(ctx.getBean(RunService.class));
            long t0 = System.nanoTime();
            long run = copyAtScale(jdbc, demo.id().value(), units, peoplePerUnit);
            System.out.printf("Run %d: %,d decisions (%,d units × %d people + the units) inserted in %,d ms%n", run,
                    units * (peoplePerUnit + 1L), units, peoplePerUnit, ms(t0));

            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) ctx).apply(springSecurity()).build();
            String api = "/api/runs/" + run + "/decisions";
            Map<String, String> cases = new LinkedHashMap<>();
            cases.put("first page (default: 50, by rank)", api);
            cases.put("page 1,000 of 2,000", api + "?page=1000");
            cases.put("last page", api + "?page=1999");
            cases.put("500 a page", api + "?size=500");
            cases.put("subjectType=UNIT", api + "?subjectType=UNIT");
            cases.put("subjectType=PERSON, page 1,000", api + "?subjectType=PERSON&page=1000");
            cases.put("outcome=NOT_ELIGIBLE", api + "?outcome=NOT_ELIGIBLE");
            cases.put("outcome=EXCLUDED, page 20", api + "?outcome=EXCLUDED&page=20");
            cases.put("unit=U0500", api + "?unit=U0500");
            cases.put("condition=U1", api + "?condition=U1");
            cases.put("condition=P2, page 100", api + "?condition=P2&page=100");
            cases.put("q=nguyen", api + "?q=nguyen");
            cases.put("q=thị yến (matches few)", api + "?q=thị yến");
            cases.put("q=zzz (matches none)", api + "?q=zzz");
            cases.put("sort=name", api + "?sort=name");
            cases.put("sort=name,desc page 1,000", api + "?sort=name,desc&page=1000");
            cases.put("sort=outcome", api + "?sort=outcome");
            cases.put("sort=unit,desc", api + "?sort=unit,desc");
            cases.put("PERSON+ELIGIBLE+condition=P1+sort=name", api + "?subjectType=PERSON&outcome=ELIGIBLE&condition=P1&sort=name");
            cases.put("unit=U0500+q=nguyen+sort=code", api + "?unit=U0500&q=nguyen&sort=code");
            cases.put("run page (aggregates + page)", "/runs/" + run);
            cases.put("run page, condition=U1, page 10", "/runs/" + run + "?condition=U1&page=10");

            System.out.printf("%n%-42s %9s %9s %9s %10s%n", "request (" + repeats + " times after 3 warm-ups)", "median", "max",
                    "bytes", "total");
            for (var c : cases.entrySet()) {
                time(mvc, c.getKey(), c.getValue(), repeats);
            }

            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            long t1 = System.nanoTime();
            MockHttpServletResponse csv = mvc.perform(as(get(api + ".csv"))).andReturn().getResponse();
            long csvMs = ms(t1);
            System.out.printf("%nCSV export of the whole run: %,d ms, %,d bytes (MockMvc buffers the body; the service"
                    + " streams it), status %d%n", csvMs, csv.getContentAsByteArray().length, csv.getStatus());
            System.out.printf("Heap in use before the export %d MiB; max heap %d MiB%n", before >> 20, rt.maxMemory() >> 20);
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf("Heap in use at the end: %d MiB%n", heap.getUsed() >> 20);
        }
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user("auditor").roles("AUDITOR"));
    }

    private static void time(MockMvc mvc, String name, String url, int repeats) throws Exception {
        for (int i = 0; i < 3; i++) {
            call(mvc, url);
        }
        List<Long> times = new ArrayList<>();
        int bytes = 0;
        String total = "";
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            MockHttpServletResponse response = call(mvc, url);
            times.add((System.nanoTime() - t) / 1_000);
            bytes = response.getContentAsByteArray().length;
            String body = response.getContentAsString();
            int at = body.lastIndexOf("\"total\":");
            total = at < 0 ? "" : body.substring(at + 8, body.indexOf(',', at));
        }
        Collections.sort(times);
        System.out.printf("%-42s %6.1f ms %6.1f ms %9d %10s%n", name, times.get(times.size() / 2) / 1000.0,
                times.get(times.size() - 1) / 1000.0, bytes, total);
    }

    private static MockHttpServletResponse call(MockMvc mvc, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(url))).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new IllegalStateException(url + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return response;
    }

    /**
     * A completed run like the demo's, with units × (1 + people) decisions made from the demo's own
     * (their JSON, traces and condition states), under generated codes and Vietnamese names.
     */
    private static long copyAtScale(JdbcTemplate jdbc, long demo, int units, int peoplePerUnit) {
        List<String> runColumns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 'run' AND column_name <> 'id' ORDER BY ordinal_position", String.class);
        String columns = String.join(", ", runColumns.stream().map(c -> "`" + c + "`").toList());
        jdbc.update("INSERT INTO run (" + columns + ") SELECT " + columns + " FROM run WHERE id = ?", demo);
        long run = jdbc.queryForObject("SELECT MAX(id) FROM run", Long.class);
        jdbc.update("UPDATE run SET subject_count = ? WHERE id = ?", units * (peoplePerUnit + 1), run);

        String copied = "award, outcome, `rank`, merit, ranking, conditions, condition_states, exclusions, trace_gz, ranking_trace_gz";
        List<Map<String, Object>> unitTemplates = jdbc.queryForList("SELECT " + copied + " FROM decision WHERE run_id = ?"
                + " AND subject_type = 'UNIT' ORDER BY subject_code", demo);
        List<Map<String, Object>> personTemplates = jdbc.queryForList("SELECT " + copied + " FROM decision WHERE run_id = ?"
                + " AND subject_type = 'PERSON' ORDER BY subject_code", demo);
        Random random = new Random(11);
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                "Ngô", "Dương", "Lý", "Thạch", "Sơn", "Lâm", "Trương"};
        String[] middle = {"Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Kim", "Mỹ", "Công", "Đức", "Thu"};
        String[] given = {"An", "Bảo", "Châu", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Khang", "Lan",
                "Linh", "Lộc", "Minh", "Nam", "Ngân", "Phương", "Quân", "Sơn", "Tài", "Trang", "Trí", "Tuấn", "Uyên", "Vy", "Yến"};
        String sql = "INSERT INTO decision (run_id, subject_type, subject_code, subject_name, unit_code, " + copied
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        List<Object[]> batch = new ArrayList<>();
        int person = 0;
        for (int u = 1; u <= units; u++) {
            String unit = String.format("U%04d", u);
            batch.add(row(run, "UNIT", unit, "Phòng " + given[random.nextInt(given.length)] + " " + u, unit,
                    unitTemplates.get(random.nextInt(unitTemplates.size()))));
            for (int p = 0; p < peoplePerUnit; p++) {
                person++;
                String name = family[random.nextInt(family.length)] + " " + middle[random.nextInt(middle.length)] + " "
                        + given[random.nextInt(given.length)];
                batch.add(row(run, "PERSON", String.format("NV%06d", person), name, unit,
                        personTemplates.get(random.nextInt(personTemplates.size()))));
            }
            if (batch.size() >= 2_000) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        jdbc.batchUpdate(sql, batch);
        jdbc.execute("ANALYZE TABLE decision");
        return run;
    }

    private static Object[] row(long run, String type, String code, String name, String unit, Map<String, Object> t) {
        return new Object[]{run, type, code, name, unit, t.get("award"), t.get("outcome"), t.get("rank"), t.get("merit"),
                t.get("ranking"), t.get("conditions"), t.get("condition_states"), t.get("exclusions"), t.get("trace_gz"),
                t.get("ranking_trace_gz")};
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
