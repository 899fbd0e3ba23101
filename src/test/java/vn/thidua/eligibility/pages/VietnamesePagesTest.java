package vn.thidua.eligibility.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.web.ApiTest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * Each role walks every page the navigation leads to, with the demo Department, an annual and a
 * phase run, and a proposal taken through the Council to its decision: no page shows a raw code
 * (an UPPER_SNAKE word that is not a Vietnamese abbreviation, a unit's code or a condition's code),
 * a date written for machines, or a sentence of the English bundle.
 */
@ApiTest
class VietnamesePagesTest {
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\shref=\"([^\"#]*)");
    /** Pages whose many siblings say the same: a few of each are enough. */
    private static final List<Pattern> SIBLINGS = List.of(Pattern.compile("/runs/\\d+/decisions/.*"),
            Pattern.compile("/runs/\\d+\\?.*"), Pattern.compile("/audit\\?.*"), Pattern.compile("/facts\\?.*"));
    private static final int SIBLINGS_SEEN = 8;
    private static final Pattern RECORD = Pattern.compile("/(runs|proposals|rulesets)/(\\d+)([/?].*)?");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;
    @Autowired
    RunService runs;
    @Autowired
    ObjectMapper json;

    long annual;
    long phase;
    long decided;
    long proposedForPhase;

    @BeforeEach
    void demoDepartmentWithRunsAndAProposalDecided() throws Exception {
        DemoDepartment.importFacts(jdbc, facts);
        annual = DemoDepartment.annual2024(runs).id().value();
        phase = api("staff", post("/api/runs"), """
                {"kind": "PHASE", "fromYear": 2021, "toYear": 2025, "quota": 3, "referenceDate": "2026-01-15"}""").get("id").asLong();
        JsonNode proposal = api("staff", post("/api/proposals"), "{\"runId\": " + annual + "}");
        decided = proposal.get("id").asLong();
        api("staff", post("/api/proposals/" + decided + "/entries"),
                "{\"subjectType\": \"UNIT\", \"subjectCode\": \"QLCN\", \"reason\": \"Thành tích đột xuất trong cải cách hành chính\","
                        + " \"confirmed\": true}");
        JsonNode first = proposal.get("entries").get(0);
        api("staff", put("/api/proposals/" + decided + "/entries/" + first.get("subjectType").asText() + "/"
                + first.get("subjectCode").asText() + "/note"), "{\"note\": \"Hồ sơ đầy đủ\"}");
        api("staff", post("/api/proposals/" + decided + "/submit"), null);
        StringBuilder results = new StringBuilder("{\"subjectType\": \"UNIT\", \"subjectCode\": \"QLCN\", \"result\": \"REJECTED\","
                + " \"reason\": \"Chưa đủ căn cứ\"}");
        for (JsonNode e : proposal.get("entries")) {
            results.append(", {\"subjectType\": \"").append(e.get("subjectType").asText()).append("\", \"subjectCode\": \"")
                    .append(e.get("subjectCode").asText()).append("\", \"result\": \"AGREED\"}");
        }
        api("admin", post("/api/proposals/" + decided + "/review"),
                "{\"minutesNo\": \"05/BB\", \"minutesDate\": \"2025-01-18\", \"results\": [" + results + "]}");
        api("admin", post("/api/proposals/" + decided + "/decision"),
                "{\"decisionNo\": \"12/QĐ-SCT\", \"decisionDate\": \"2025-01-20\", \"signer\": \"Giám đốc Sở\"}");
        api("admin", post("/api/proposals/" + decided + "/entries/" + first.get("subjectType").asText() + "/"
                + first.get("subjectCode").asText() + "/revocation"), "{\"reason\": \"Khai man thành tích\"}");
        proposedForPhase = api("staff", post("/api/proposals"), "{\"runId\": " + phase + "}").get("id").asLong();
    }

    @Test
    void everyPageEachRoleReachesIsInVietnameseWithoutRawCodesOrEnglishSentences() throws Exception {
        Untranslated untranslated = new Untranslated();
        Map<String, String> problems = new LinkedHashMap<>();
        for (String role : List.of("ADMIN", "STAFF", "AUDITOR")) {
            RequestPostProcessor person = user(role.toLowerCase()).roles(role);
            Set<String> visited = walk(person, List.of("/", "/runs/" + annual, "/runs/" + phase,
                    "/runs/" + annual + "/decisions/UNIT/TTRA", "/runs/" + annual + "/decisions/PERSON/NV018",
                    "/runs/" + annual + "/decisions/UNIT/CDS", "/runs/" + phase + "/decisions/PERSON/NV001",
                    "/runs/" + phase + "/decisions/PERSON/NV013", "/proposals/" + decided, "/rulesets/1", "/audit",
                    "/no-such-page"), (url, text) -> untranslated.in(text).forEach(problem ->
                    problems.merge(role + " " + url, problem, (a, b) -> a + "; " + b)));
            assertThat(visited).as("pages %s walked", role).hasSizeGreaterThan(20)
                    .contains("/runs", "/proposals", "/rulesets", "/proposals/" + decided);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownAddressIsAVietnamesePageForABrowserAndAProblemForAnApiClient() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/no-such-page").with(user("staff").roles("STAFF"))
                        .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy").doesNotContain("\"status\"");

        MockHttpServletResponse problem = mvc.perform(get("/no-such-page").with(user("staff").roles("STAFF"))
                .accept(MediaType.ALL)).andReturn().getResponse();
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MockHttpServletResponse api = mvc.perform(get("/api/no-such-thing").with(as("staff"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    interface PageCheck {
        void check(String url, String text);
    }

    /** Visits the start pages and every page their links lead to, as a browser would; returns the pages visited. */
    private Set<String> walk(RequestPostProcessor person, List<String> start, PageCheck check) throws Exception {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> visited = new LinkedHashSet<>();
        Map<Pattern, Integer> siblings = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(get(url).with(person)
                    .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)).andReturn().getResponse();
            if (response.getStatus() >= 300 && response.getStatus() < 400 || response.getStatus() == 403) {
                continue; // a page of another role: the URL rules refuse it before any page (a real server shows error.html)
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getContentType()).as("%s answers a browser with a page", url).startsWith(MediaType.TEXT_HTML_VALUE);
            check.check(url, visibleText(html));
            Matcher links = LINK.matcher(html);
            while (links.find()) {
                String link = HtmlUtils.htmlUnescape(links.group(1));
                if (!link.startsWith("/") || link.startsWith("/api/") || link.contains("lang=") || link.startsWith("/logout")
                        || link.matches(".*\\.(xlsx|pdf|zip|json|css|js|svg|docx)(\\?.*)?") || visited.contains(link)
                        || !ours(link)) {
                    continue;
                }
                Pattern sibling = SIBLINGS.stream().filter(p -> p.matcher(link).matches()).findFirst().orElse(null);
                if (sibling != null && siblings.merge(sibling, 1, Integer::sum) > SIBLINGS_SEEN) {
                    continue;
                }
                queue.add(link);
            }
        }
        return visited;
    }

    /**
     * Runs, proposals and rule-set drafts other tests left in the shared database hold their own
     * hostile texts: only this test's runs and proposals, and the rule set the service starts with, are walked.
     */
    private boolean ours(String link) {
        Matcher record = RECORD.matcher(link);
        if (!record.matches()) {
            return true;
        }
        long id = Long.parseLong(record.group(2));
        return switch (record.group(1)) {
            case "runs" -> id == annual || id == phase;
            case "proposals" -> id == decided || id == proposedForPhase;
            default -> id == 1;
        };
    }

    /**
     * What a person reads: the text outside tags, scripts, styles and the rule sources an administrator
     * edits (pre, textarea). The audit log's details tables are left out: they echo the recorded keys of
     * imported records and awards (GIAY_KHEN_CCHC 2024, SANCTION 2024-09-01) as AuditSentences renders them.
     */
    private static String visibleText(String html) {
        String text = html.replaceAll("(?s)<(script|style|pre|textarea)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<table class=\"audit-details\".*?</table>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ");
    }

    private JsonNode api(String username, MockHttpServletRequestBuilder request,
                         String body) throws Exception {
        request.with(as(username));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s", response.getContentAsString()).isLessThan(300);
        String answer = response.getContentAsString(StandardCharsets.UTF_8);
        return answer.isEmpty() ? json.nullNode() : json.readTree(answer);
    }
}
