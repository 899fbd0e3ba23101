package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A run's page shows its decisions a page at a time, filtered and sorted as asked, and counts the whole run. */
@ApiTest
class RunDecisionsPageTest {
    private static final Pattern ROW_CODE = Pattern.compile("/decisions/(UNIT|PERSON)/([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    RunSummary run;

    @BeforeEach
    void demoRun(@Autowired FactImport facts, @Autowired RunService runs) {
        DemoDepartment.importFacts(jdbc, facts);
        run = DemoDepartment.annual2024(runs);
    }

    private String page(String query, String language) throws Exception {
        String lang = (query.isEmpty() ? "?" : "&") + "lang=" + language;
        return mvc.perform(get("/runs/" + run.id() + query + lang).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The decisions listed in the table, by link, in order. */
    private static List<String> rows(String html) {
        String table = html.substring(html.indexOf("<table class=\"decisions\">"));
        List<String> out = new ArrayList<>();
        Matcher m = ROW_CODE.matcher(table.substring(0, table.indexOf("</table>")));
        while (m.find()) {
            out.add(m.group(1) + ":" + m.group(2));
        }
        return out;
    }

    @Test
    void theFirstPageListsFiftyDecisionsLinksToTheNextAndTheChartsCountTheWholeRun() throws Exception {
        assertThat(run.subjectCount()).isBetween(51, 100);
        String first = page("", "vi");
        assertThat(rows(first)).hasSize(50).doesNotHaveDuplicates();
        assertThat(first).contains("Hiển thị " + run.subjectCount() + " trong " + run.subjectCount() + " kết quả.",
                "Trang 1/2 (kết quả 1–50)", "rel=\"next\"", "href=\"/runs/" + run.id() + "?page=1\"",
                "Tải toàn bộ kết quả của đợt xét (CSV)", "href=\"/api/runs/" + run.id() + "/decisions.csv\"")
                .doesNotContain("rel=\"prev\"");
        // the per-unit chart counts every person, not only those on the page: 43 people of the demo
        assertThat(first).contains("Kết quả theo đơn vị", "CDS", "TTRA");

        String second = page("?page=1", "en");
        assertThat(rows(second)).hasSize(run.subjectCount() - 50).doesNotContainAnyElementsOf(rows(first));
        assertThat(second).contains("Page 2 of 2 (decisions 51–" + run.subjectCount() + ")", "rel=\"prev\"", "rel=\"first\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void theFiltersAndTheOrderNarrowAndSortTheTableAndTheLinksKeepThem() throws Exception {
        String missedU1 = page("?type=UNIT&condition=U1", "vi");
        assertThat(rows(missedU1)).contains("UNIT:QLCN").doesNotContain("UNIT:QLTM", "UNIT:VP")
                .allSatisfy(r -> assertThat(r).startsWith("UNIT:"));
        assertThat(missedU1).contains("<option value=\"U1\" selected=\"selected\">",
                "Tải các kết quả đã lọc (CSV)", "/api/runs/" + run.id() + "/decisions.csv?subjectType=UNIT&amp;condition=U1")
                .doesNotContain("class=\"pager\"");

        List<String> byCodeDown = rows(page("?type=UNIT&sort=code,desc", "vi"));
        assertThat(byCodeDown).hasSize(9).isSortedAccordingTo((a, b) -> b.compareTo(a));

        String search = page("?q=dang", "vi");
        assertThat(rows(search)).contains("PERSON:NV003").allSatisfy(r -> assertThat(r).startsWith("PERSON:"));

        String sortedPaged = page("?sort=name&page=1", "vi");
        assertThat(sortedPaged).contains("href=\"/runs/" + run.id() + "?sort=name\"")
                .contains("<option value=\"name\" selected=\"selected\">");
    }

    @Test
    void aWrongOrderOrPageIsRefusedNotGuessed() throws Exception {
        mvc.perform(get("/runs/" + run.id() + "?sort=height").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/runs/" + run.id() + "?page=-3").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isBadRequest());
    }
}
