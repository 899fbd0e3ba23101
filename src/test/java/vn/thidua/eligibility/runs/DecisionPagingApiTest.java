package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.web.ApiTest;
import vn.thidua.eligibility.web.Folded;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * {@code GET /api/runs/{id}/decisions} answers a page, filtered and sorted in SQL; every filter is
 * checked against the whole run filtered in memory, on the demo Department's 2024 run.
 */
@ApiTest
class DecisionPagingApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    long run;
    String base;
    /** Every decision of the run, in the default order. */
    List<JsonNode> all;

    @BeforeEach
    void demoRun(@Autowired FactImport facts, @Autowired RunService runs) throws Exception {
        DemoDepartment.importFacts(jdbc, facts);
        run = DemoDepartment.annual2024(runs).id().value();
        base = "/api/runs/" + run + "/decisions";
        JsonNode page = read(base + "?size=500");
        all = new ArrayList<>();
        page.get("items").forEach(all::add);
        assertThat(page.get("total").asLong()).isEqualTo(all.size()).isGreaterThan(50);
    }

    private JsonNode read(String url) throws Exception {
        return json.readTree(mvc.perform(get(url).with(as("auditor"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> keys(Iterable<JsonNode> decisions) {
        List<String> out = new ArrayList<>();
        decisions.forEach(d -> out.add(d.get("subjectType").asText() + ":" + d.get("subjectCode").asText()));
        return out;
    }

    private List<String> expected(Predicate<JsonNode> filter) {
        return keys(all.stream().filter(filter).toList());
    }

    @Test
    void theDefaultPageHoldsTheFirstFiftyAndThePagesTogetherHoldEveryDecisionOnceInOrder() throws Exception {
        JsonNode first = read(base);
        assertThat(first.get("size").asInt()).isEqualTo(50);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("sort").asText()).isEqualTo("rank");
        assertThat(first.get("total").asInt()).isEqualTo(all.size());
        assertThat(keys(first.get("items"))).isEqualTo(keys(all.subList(0, 50)));

        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 7 < all.size(); page++) {
            JsonNode p = read(base + "?size=7&page=" + page);
            assertThat(p.get("total").asInt()).isEqualTo(all.size());
            paged.addAll(keys(p.get("items")));
        }
        assertThat(paged).isEqualTo(keys(all)).doesNotHaveDuplicates();
        // units first, and each with who awards it, as the unpaged list had
        assertThat(all.get(0).get("subjectType").asText()).isEqualTo("UNIT");
        assertThat(all.get(0).get("awardedBy").asText()).startsWith("Giám đốc Sở Công Thương");

        JsonNode past = read(base + "?size=10&page=99");
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asInt()).isEqualTo(all.size());
    }

    @Test
    void eachConditionFilterListsTheDecisionsThatDidNotMeetItAndNotThoseThatCouldNotJudgeIt() throws Exception {
        Set<String> codes = new TreeSet<>();
        all.forEach(d -> d.get("conditions").forEach(c -> codes.add(c.get("code").asText())));
        assertThat(codes).contains("U1", "U2", "U3", "P1", "P2");
        for (String code : codes) {
            List<String> missed = expected(d -> state(d, code).equals("NOT_MET"));
            assertThat(keys(read(base + "?size=500&condition=" + code).get("items"))).as(code).isEqualTo(missed);
        }
        assertThat(keys(read(base + "?condition=U1").get("items"))).contains("UNIT:QLCN").doesNotContain("UNIT:QLTM");
        // CDS could not be judged on U2 (no items of 2023): not "missed"
        assertThat(keys(read(base + "?condition=U2").get("items"))).contains("UNIT:QLTM").doesNotContain("UNIT:CDS");
    }

    @Test
    void aConditionNoDecisionOfTheRunHasIsRefusedNotListedAsMissedByNobody() throws Exception {
        mvc.perform(get(base + "?condition=U9").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("condition"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("has a condition \"U9\"")));
    }

    private static String state(JsonNode decision, String code) {
        for (JsonNode c : decision.get("conditions")) {
            if (c.get("code").asText().equals(code)) {
                return c.get("state").asText();
            }
        }
        return "";
    }

    @Test
    void outcomeSubjectTypeAndUnitFiltersAgreeWithTheWholeRunFilteredAndCombine() throws Exception {
        for (Outcome outcome : Outcome.values()) {
            assertThat(keys(read(base + "?size=500&outcome=" + outcome).get("items"))).as(outcome.name())
                    .isEqualTo(expected(d -> d.get("outcome").asText().equals(outcome.name())));
        }
        assertThat(keys(read(base + "?size=500&subjectType=UNIT").get("items")))
                .isEqualTo(expected(d -> d.get("subjectType").asText().equals("UNIT"))).hasSize(9);
        Set<String> units = new LinkedHashSet<>();
        all.forEach(d -> units.add(d.get("unitCode").asText()));
        for (String unit : units) {
            assertThat(keys(read(base + "?size=500&unit=" + unit).get("items"))).as(unit)
                    .isEqualTo(expected(d -> d.get("unitCode").asText().equals(unit))).contains("UNIT:" + unit);
        }
        JsonNode combined = read(base + "?subjectType=PERSON&outcome=ELIGIBLE&unit=CDS&condition=P1");
        assertThat(keys(combined.get("items"))).isEqualTo(expected(d -> d.get("subjectType").asText().equals("PERSON")
                && d.get("outcome").asText().equals("ELIGIBLE") && d.get("unitCode").asText().equals("CDS")
                && state(d, "P1").equals("NOT_MET")));
    }

    @Test
    void theSearchFindsCodesAndNamesWithoutRegardToCaseOrDiacriticsAndTakesWildcardsLiterally() throws Exception {
        for (String q : List.of("nguyen", "NGUYỄN", "dang", "đặng", "loc", "qlcn", "Văn phòng", "thi yen", "nv00")) {
            String wanted = Folded.of(q);
            List<String> found = keys(read(base + "?size=500&q=" + q).get("items"));
            assertThat(found).as(q).isNotEmpty().isEqualTo(expected(d -> Folded.of(d.get("subjectCode").asText()).contains(wanted)
                    || Folded.of(d.get("subjectName").asText()).contains(wanted)));
        }
        assertThat(keys(read(base + "?q=đặng").get("items"))).contains("PERSON:NV003");
        assertThat(read(base + "?q=%25").get("total").asInt()).isZero();
        assertThat(read(base + "?q=_").get("total").asInt()).isZero();
        assertThat(read(base + "?q=nobody at all").get("items")).isEmpty();
    }

    @Test
    void everyOrderIsAppliedForwardAndReversedAndEndsOnTheKey() throws Exception {
        // the order asked (its first term reversed for ",desc"), then the subject's key
        Map<String, List<String>> orders = Map.of("code", List.of("subject_code", "subject_type"),
                "name", List.of("subject_name", "subject_type, subject_code"),
                "unit", List.of("unit_code", "subject_type, subject_code"), "type", List.of("subject_type DESC", "subject_code"));
        for (var sort : orders.entrySet()) {
            String first = sort.getValue().get(0);
            for (String direction : List.of("", ",desc")) {
                String order = direction.isEmpty() ? first : first.endsWith(" DESC") ? first.replace(" DESC", "") : first + " DESC";
                List<String> byDatabase = jdbc.queryForList("SELECT CONCAT(subject_type, ':', subject_code) FROM decision"
                        + " WHERE run_id = ? ORDER BY " + order + ", " + sort.getValue().get(1), String.class, run);
                assertThat(keys(read(base + "?size=500&sort=" + sort.getKey() + direction).get("items")))
                        .as(sort.getKey() + direction).isEqualTo(byDatabase);
            }
        }
        List<String> outcomes = new ArrayList<>();
        read(base + "?size=500&sort=OUTCOME").get("items").forEach(d -> outcomes.add(d.get("outcome").asText()));
        assertThat(outcomes).isSortedAccordingTo((a, b) -> Outcome.valueOf(a).compareTo(Outcome.valueOf(b)));
        List<String> codes = new ArrayList<>();
        read(base + "?size=500&sort=code,desc&subjectType=UNIT").get("items").forEach(d -> codes.add(d.get("subjectCode").asText()));
        assertThat(codes).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSize(9);
        assertThat(read(base + "?sort=rank,asc").get("sort").asText()).isEqualTo("rank");
    }

    @Test
    void aWrongPageSizeOrderOrConditionIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get(base + "?size=501").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("size"))
                .andExpect(jsonPath("$.errors[0].message", containsString("from 1 to 500")));
        mvc.perform(get(base + "?size=0").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("size"));
        mvc.perform(get(base + "?page=-1&size=100000").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(containsInAnyOrder("page", "size")));
        mvc.perform(get(base + "?sort=height").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("sort"))
                .andExpect(jsonPath("$.errors[0].message", containsString("rank, code, name, unit, outcome, type")));
        mvc.perform(get(base + "?sort=name,upwards").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("sort"));
        mvc.perform(get(base + "?sort=name,desc,again").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("sort"));
        mvc.perform(get(base + "?condition=U1' OR '1").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("condition"));
        mvc.perform(get(base + "?page=two").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("page"));
        mvc.perform(get("/api/runs/999999/decisions?size=5").with(as("auditor"))).andExpect(status().isNotFound());
    }

    @Test
    void theCsvExportStreamsEveryDecisionWithItsConditionsAndHonoursTheFilters() throws Exception {
        String csv = csv(base + ".csv", "vi");
        assertThat(csv).startsWith("\uFEFFĐối tượng,Mã,Tên,Đơn vị,Danh hiệu,Kết quả,Thứ hạng,Điều kiện đạt,"
                + "Điều kiện chưa đạt,Điều kiện chưa xác định được,Trường hợp loại trừ,Lý do hoãn\r\n");
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines).hasSize(all.size() + 1);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0] + ":" + l.split(",")[1]).toList())
                .isEqualTo(keys(all));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("UNIT,QLCN,").contains(",NOT_ELIGIBLE,,U2 U3,U1,,,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("UNIT,CDS,").contains(",UNDETERMINED,,U1 U3,,U2,,"));

        String deferred = csv(base + ".csv?outcome=DEFERRED&sort=code", "en");
        assertThat(deferred).startsWith("\uFEFFSubject,Code,Name,Unit,Award,Outcome,Rank,Conditions met,");
        assertThat(deferred.split("\r\n")).hasSize(1 + (int) all.stream().filter(d -> d.get("outcome").asText().equals("DEFERRED")).count())
                .anySatisfy(l -> assertThat(l).startsWith("UNIT,TTRA,").endsWith(",INVESTIGATION"));

        mvc.perform(get(base + ".csv?sort=height").with(as("auditor"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("sort"));
        mvc.perform(get("/api/runs/999999/decisions.csv").with(as("auditor"))).andExpect(status().isNotFound());
    }

    @Test
    void theXlsxExportHoldsTheSameRowsAsTheCsvInASheetWithItsHeader() throws Exception {
        byte[] body = mvc.perform(get(base + ".xlsx?subjectType=UNIT&sort=code").with(as("auditor"))
                        .header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Decisions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Subject");
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(codes).isSorted().contains("QLCN", "VP");
            var qlcn = sheet.getRow(codes.indexOf("QLCN") + 1);
            assertThat(qlcn.getCell(5).getStringCellValue()).isEqualTo("NOT_ELIGIBLE");
            assertThat(qlcn.getCell(8).getStringCellValue()).isEqualTo("U1");
        }
    }

    private String csv(String url, String language) throws Exception {
        return mvc.perform(get(url).with(as("auditor")).header("Accept-Language", language)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("run-" + run + "-decisions.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void runsStoredBeforeTheConditionStatesColumnGetTheSameStatesFromTheMigration() throws Exception {
        List<String> written = jdbc.queryForList("SELECT condition_states FROM decision WHERE run_id = ?"
                + " ORDER BY subject_type, subject_code", String.class, run);
        assertThat(written).contains(" -U1 +U2 +U3 ", " +U1 ?U2 +U3 ");
        String migration = Files.readString(Path.of("db/migration/V20__decision_paging.sql"));
        String backfill = migration.substring(migration.indexOf("UPDATE decision d"), migration.indexOf(';', migration.indexOf("UPDATE decision d")));
        jdbc.update("UPDATE decision SET condition_states = NULL WHERE run_id = ?", run);
        jdbc.update(backfill + " WHERE d.run_id = ?", run);
        assertThat(jdbc.queryForList("SELECT condition_states FROM decision WHERE run_id = ? ORDER BY subject_type, subject_code",
                String.class, run)).isEqualTo(written);
    }
}
