package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;
import static vn.thidua.eligibility.proposals.ProposalFixtures.entry;

/**
 * The whole path on the real database: annual runs of two years → proposals → the Council → the
 * decisions → a phase run that counts the awards granted, a second annual run that excludes an
 * awarded subject, the yearly report, and a revocation that later runs no longer see.
 */
@ApiTest
class AwardPathApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    ProposalFixtures f;

    @BeforeEach
    void department() throws Exception {
        f = new ProposalFixtures(mvc, json);
        f.replaceFacts(jdbc);
    }

    @Test
    void decisionsOfTwoYearsBecomeAwardsThatLaterRunsCount() throws Exception {
        // 2023: the two people the run found eligible are proposed, the Council agrees, the Director signs
        long run2023 = f.annualRun(2023);
        JsonNode p2023 = f.propose(run2023);
        assertThat(p2023.get("status").asText()).isEqualTo("DRAFT");
        assertThat(p2023.get("award").asText()).isEqualTo("GIAY_KHEN_CCHC");
        assertThat(p2023.get("entries")).extracting(e -> e.get("subjectCode").asText()).containsExactly("NV001", "NV002");
        assertThat(entry(p2023, "NV001").get("engineOutcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(entry(p2023, "NV001").get("achievement").asText()).contains("sáng kiến cải cách hành chính được công nhận");
        assertThat(entry(p2023, "NV002").get("unitName").asText()).isEqualTo("Văn phòng Sở");
        long id2023 = p2023.get("id").asLong();
        f.submit(id2023);
        f.agreeAll(id2023, "01/BB-HĐTĐKT", "2024-01-18");
        JsonNode decided = f.decide(id2023, "15/QĐ-SCT", "2024-01-20", "Giám đốc Sở Công Thương", status().isOk());
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(entry(decided, "NV001").get("granted").asBoolean()).isTrue();

        JsonNode awards2023 = f.read("auditor", "/api/facts/awards?year=2023").get("items");
        assertThat(awards2023).hasSize(2).allSatisfy(a -> {
            assertThat(a.get("award").asText()).isEqualTo("GIAY_KHEN_CCHC");
            assertThat(a.get("decisionNo").asText()).isEqualTo("15/QĐ-SCT");
            assertThat(a.get("decisionDate").asText()).isEqualTo("2024-01-20");
        });

        // 2024: the unit VP too
        long run2024 = f.annualRun(2024);
        JsonNode p2024 = f.propose(run2024);
        assertThat(p2024.get("entries")).extracting(e -> e.get("subjectCode").asText()).containsExactly("VP", "NV001", "NV002");
        long id2024 = p2024.get("id").asLong();
        f.submit(id2024);
        f.agreeAll(id2024, "02/BB-HĐTĐKT", "2025-01-18");
        f.decide(id2024, "20/QĐ-SCT", "2025-01-20", "Giám đốc Sở Công Thương", status().isOk());

        // the phase run counts the two Giấy khen each: NV001 (2 initiatives) within the quota of 1
        long phase = f.phaseRun(1);
        JsonNode nv001 = f.read("auditor", "/api/runs/" + phase + "/decisions/PERSON/NV001");
        assertThat(nv001.get("outcome").asText()).isEqualTo("PROPOSED");
        assertThat(nv001.get("merit").get("counted").get("awardYears")).extracting(JsonNode::asInt).containsExactly(2023, 2024);
        assertThat(f.outcomes(phase)).containsEntry("NV002", "RESERVE").containsEntry("NV003", "NOT_ELIGIBLE");

        // the province's decision on the phase list is recorded the same way
        JsonNode phaseProposal = f.propose(phase);
        assertThat(phaseProposal.get("award").asText()).isEqualTo("BANG_KHEN_CCHC");
        assertThat(phaseProposal.get("entries")).extracting(e -> e.get("subjectCode").asText()).containsExactly("NV001");
        long phaseId = phaseProposal.get("id").asLong();
        f.submit(phaseId);
        f.agreeAll(phaseId, "09/BB-HĐTĐKT", "2025-12-16");
        f.decide(phaseId, "456/QĐ-UBND", "2025-12-30", "Chủ tịch UBND tỉnh", status().isOk());
        assertThat(f.read("auditor", "/api/facts/awards?year=2025").get("items")).singleElement().satisfies(a -> {
            assertThat(a.get("award").asText()).isEqualTo("BANG_KHEN_CCHC");
            assertThat(a.get("subjectCode").asText()).isEqualTo("NV001");
            // recorded with its phase, so that a later phase run sees the years it rewarded
            assertThat(a.get("phaseFrom").asInt()).isEqualTo(2021);
            assertThat(a.get("phaseTo").asInt()).isEqualTo(2025);
        });
        // its decision document: the province's, under the names in force after the merger, citing the
        // texts in force on the reference date, the achievement in words
        String decision = ProposalFixtures.pdfText(mvc.perform(get("/api/proposals/" + phaseId + "/decision.pdf")
                .with(as("auditor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(decision).contains("UBND THÀNH PHỐ CẦN THƠ", "Số: 456/QĐ-UBND", "Cần Thơ, ngày 30 tháng 12 năm 2025",
                "Về việc tặng Bằng khen giai đoạn 2021–2025", "CHỦ TỊCH UBND THÀNH PHỐ CẦN THƠ",
                "Căn cứ Nghị định 152/2025/NĐ-CP;", "Điều 1. Tặng Bằng khen của Chủ tịch UBND thành phố Cần Thơ cho 1 cá nhân",
                "Được tặng Giấy khen cải cách hành chính 2 năm trong giai đoạn 2021–2025 (2023, 2024)", "xếp hạng 1")
                .doesNotContain("Nghị định 98/2023/NĐ-CP", "Sóc Trăng, ngày");

        // a phase run over overlapping years now excludes NV001: one achievement is not rewarded twice
        JsonNode holder = f.read("auditor", "/api/runs/" + f.phaseRun(1) + "/decisions/PERSON/NV001");
        assertThat(holder.get("outcome").asText()).isEqualTo("EXCLUDED");
        assertThat(holder.get("exclusions").get(0).get("ruleId").asText()).isEqualTo("X.ALREADY_AWARDED_PHASE");

        // a second annual run of 2024 excludes who holds the 2024 Giấy khen
        long again = f.annualRun(2024);
        JsonNode excluded = f.read("auditor", "/api/runs/" + again + "/decisions/PERSON/NV001");
        assertThat(excluded.get("outcome").asText()).isEqualTo("EXCLUDED");
        assertThat(excluded.get("exclusions")).extracting(x -> x.get("code").asText()).containsExactly("ALREADY_AWARDED");
        assertThat(excluded.get("exclusions").get(0).get("detail").asText()).contains("20/QĐ-SCT");

        // the yearly report: 2024 against 2023
        JsonNode report = f.read("auditor", "/api/reports/yearly/2024");
        assertThat(report.get("run").get("id").asLong()).isEqualTo(again);
        assertThat(report.get("awards")).hasSize(3);
        Map<String, JsonNode> comparison = new java.util.HashMap<>();
        report.get("comparison").forEach(c -> comparison.put(c.get("measure").asText(), c));
        assertThat(comparison.get("PEOPLE_AWARDED").get("current").asInt()).isEqualTo(2);
        assertThat(comparison.get("PEOPLE_AWARDED").get("previous").asInt()).isEqualTo(2);
        assertThat(comparison.get("UNITS_AWARDED").get("change").asInt()).isEqualTo(1);
        JsonNode vp = report.get("units").get(1);
        assertThat(vp.get("unitCode").asText()).isEqualTo("VP");
        assertThat(vp.get("unitName").asText()).isEqualTo("Văn phòng Sở");
        assertThat(vp.get("people").get("EXCLUDED").asInt()).isEqualTo(2);

        // revoking NV002's 2024 award takes it out of the register: the next runs no longer count it
        JsonNode revoked = f.send("admin", "/api/proposals/" + id2024 + "/entries/PERSON/NV002/revocation", """
                {"reason": "Thành tích không đúng thực tế", "decisionNo": "31/QĐ-SCT", "decisionDate": "2025-03-01"}""",
                status().isOk());
        JsonNode revocation = entry(revoked, "NV002").get("revocation");
        assertThat(revocation.get("reason").asText()).isEqualTo("Thành tích không đúng thực tế");
        assertThat(revocation.get("revokedBy").asText()).isEqualTo("admin");
        assertThat(f.read("auditor", "/api/facts/awards?year=2024").get("items")).extracting(a -> a.get("subjectCode").asText())
                .containsExactlyInAnyOrder("VP", "NV001");
        assertThat(f.outcomes(f.annualRun(2024))).containsEntry("NV002", "ELIGIBLE").containsEntry("NV001", "EXCLUDED");
        JsonNode nv002 = f.read("auditor", "/api/runs/" + f.phaseRun(1) + "/decisions/PERSON/NV002");
        assertThat(nv002.get("merit").get("awardYears").asInt()).isEqualTo(1);
        assertThat(nv002.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
    }
}
