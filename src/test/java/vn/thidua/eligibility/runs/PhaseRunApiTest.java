package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.eligibility.web.ApiTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** A phase run on the real database: facts imported, POST /api/runs, ranks, outcomes and the trace read back. */
@ApiTest
class PhaseRunApiTest {
    /**
     * 2021–2025 as of 2025-12-15, quota 2. NV1 (3 years with the Giấy khen) ranks 1st; NV2 and NV3
     * (2 years, 1 initiative each, both men) tie at 2nd across the quota line; NV4 qualifies by
     * route (d) and ranks 4th; NV5 has one Giấy khen only; NV6 is under disciplinary review on R.
     */
    private static final String BUNDLE = """
            {
              "units": [{"code": "VP", "name": "Văn phòng Sở"}, {"code": "KT", "name": "Phòng Kỹ thuật"}],
              "people": [
                {"code": "NV1", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"},
                {"code": "NV2", "fullName": "Trần Văn Bình", "unitCode": "VP", "category": "CONG_CHUC", "gender": "MALE"},
                {"code": "NV3", "fullName": "Lê Văn Cường", "unitCode": "KT", "category": "VIEN_CHUC", "gender": "MALE"},
                {"code": "NV4", "fullName": "Phạm Thị Dung", "unitCode": "KT", "category": "CONG_CHUC", "gender": "FEMALE"},
                {"code": "NV5", "fullName": "Hoàng Văn Em", "unitCode": "KT", "category": "NGUOI_LAO_DONG", "gender": "MALE"},
                {"code": "NV6", "fullName": "Võ Thị Giang", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"}
              ],
              "initiatives": [
                {"code": "SK-21", "personCode": "NV2", "year": 2023, "title": "Số hóa hồ sơ", "recognizedOn": "2024-01-10"},
                {"code": "SK-31", "personCode": "NV3", "year": 2024, "title": "Một cửa điện tử", "recognizedOn": "2024-05-01"},
                {"code": "SK-41", "personCode": "NV4", "year": 2023, "title": "Biểu mẫu trực tuyến", "recognizedOn": "2023-12-01"},
                {"code": "SK-42", "personCode": "NV4", "year": 2024, "title": "Tra cứu hồ sơ", "recognizedOn": "2025-02-01"}
              ],
              "disciplines": [
                {"subjectType": "PERSON", "subjectCode": "NV6", "kind": "REVIEW", "from": "2025-12-01"}
              ],
              "ratings": [
                {"personCode": "NV4", "year": 2023, "rating": "HTXSNV"},
                {"personCode": "NV4", "year": 2024, "rating": "HTXSNV"}
              ],
              "awards": [
                %s
              ]
            }
            """.formatted(String.join(",\n", awards()));

    private static List<String> awards() {
        List<String> out = new ArrayList<>();
        String[][] held = {{"NV1", "2021"}, {"NV1", "2022"}, {"NV1", "2023"}, {"NV2", "2022"}, {"NV2", "2023"},
                {"NV3", "2023"}, {"NV3", "2024"}, {"NV5", "2024"}, {"NV6", "2022"}, {"NV6", "2023"}};
        for (String[] a : held) {
            out.add("{\"year\": %s, \"subjectType\": \"PERSON\", \"subjectCode\": \"%s\", \"award\": \"GIAY_KHEN_CCHC\","
                    .formatted(a[1], a[0]) + " \"decisionNo\": \"%s/QĐ-SCT\", \"decisionDate\": \"%d-01-20\"}"
                    .formatted(a[1], Integer.parseInt(a[1]) + 1));
        }
        return out;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void importFacts() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, BUNDLE);
    }

    private ResultActions startRun(String body) throws Exception {
        return mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void ranksTheQualifiedPeopleAgainstTheQuotaAndExplainsEachDecision() throws Exception {
        String created = startRun("""
                {"kind": "PHASE", "fromYear": 2021, "toYear": 2025, "quota": 2, "referenceDate": "2025-12-15"}
                """).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PHASE"))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.fromYear").value(2021))
                .andExpect(jsonPath("$.toYear").value(2025))
                .andExpect(jsonPath("$.quota").value(2))
                .andExpect(jsonPath("$.subjectCount").value(6))
                .andExpect(jsonPath("$.counts.PROPOSED").value(1))
                .andExpect(jsonPath("$.counts.TIED_AT_QUOTA").value(2))
                .andExpect(jsonPath("$.counts.RESERVE").value(1))
                .andExpect(jsonPath("$.counts.NOT_ELIGIBLE").value(1))
                .andExpect(jsonPath("$.counts.DEFERRED").value(1))
                .andExpect(jsonPath("$.counts.EXCLUDED").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).path("id").asLong();

        // Persons only, in rank order, the unranked after.
        JsonNode list = json.readTree(mvc.perform(get("/api/runs/" + id + "/decisions").with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
        List<String> rows = new ArrayList<>();
        list.forEach(d -> rows.add(d.path("subjectType").asText() + " " + d.path("subjectCode").asText() + " "
                + d.path("outcome").asText() + " " + d.path("rank").asText("-") + " " + d.path("award").asText()));
        assertThat(rows).containsExactly(
                "PERSON NV1 PROPOSED 1 BANG_KHEN_CCHC",
                "PERSON NV2 TIED_AT_QUOTA 2 BANG_KHEN_CCHC",
                "PERSON NV3 TIED_AT_QUOTA 2 BANG_KHEN_CCHC",
                "PERSON NV4 RESERVE 4 BANG_KHEN_CCHC",
                "PERSON NV5 NOT_ELIGIBLE - BANG_KHEN_CCHC",
                "PERSON NV6 DEFERRED - BANG_KHEN_CCHC");

        String nv2 = mvc.perform(get("/api/runs/" + id + "/decisions/PERSON/NV2").with(as("auditor"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("TIED_AT_QUOTA"))
                .andExpect(jsonPath("$.rank").value(2))
                .andExpect(jsonPath("$.merit.awardYears").value(2))
                .andExpect(jsonPath("$.merit.initiatives").value(1))
                .andExpect(jsonPath("$.merit.htxsnvYears").value(0))
                .andExpect(jsonPath("$.merit.gender").value("MALE"))
                .andExpect(jsonPath("$.merit.counted.awardYears[0]").value(2022))
                .andExpect(jsonPath("$.merit.counted.initiatives[0]").value("SK-21"))
                .andExpect(jsonPath("$.conditions[0].code").value("PH_A"))
                .andExpect(jsonPath("$.conditions[0].met").value(true))
                .andExpect(jsonPath("$.conditions[0].detail").value(
                        "Years of 2021–2025 holding the CCHC Giấy khen (counted): 2 (2022, 2023) ≥ 2; on record: 2022, 2023"))
                // asked in English, the provisions cited are too
                .andExpect(jsonPath("$.conditions[0].legalBasis", containsString("Article 74(1)")))
                .andExpect(jsonPath("$.conditions[0].provisions[0]").value("L06-2022.D74.K1"))
                // R is 2025-12-15: the Bằng khen is the Chairman's of Cần Thơ city
                .andExpect(jsonPath("$.awardedBy").value("Chủ tịch UBND thành phố Cần Thơ"))
                .andExpect(jsonPath("$.conditions[1].code").value("PH_D"))
                .andExpect(jsonPath("$.conditions[1].met").value(false))
                .andExpect(jsonPath("$.ranking.ruleId").value("R.RANK"))
                .andExpect(jsonPath("$.ranking.detail").value("Ranked 2 of 4 qualified (quota 2): 2 years holding the "
                        + "CCHC Giấy khen, 1 recognised initiatives, 0 HTXSNV years, man; tied with: NV3"))
                .andExpect(jsonPath("$.ranking.legalBasis", containsString("152/2025")))
                .andExpect(jsonPath("$.ranking.legalBasis", org.hamcrest.Matchers.not(containsString("98/2023"))))
                .andReturn().getResponse().getContentAsString();
        JsonNode trace = json.readTree(nv2).path("trace");
        List<String> ruleIds = new ArrayList<>();
        List<Integer> sequences = new ArrayList<>();
        trace.forEach(step -> {
            ruleIds.add(step.path("ruleId").asText());
            sequences.add(step.path("sequence").asInt());
        });
        assertThat(ruleIds).containsSubsequence("PH.MERIT", "PH_A.ANNUAL_AWARDS", "D.PHASE_QUALIFIED", "R.RANK", "R.TIED_AT_QUOTA");
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
        JsonNode tied = trace.get(trace.size() - 1);
        assertThat(tied.path("legalBasis").asText()).contains("Article 74(1)");
        assertThat(tied.path("description").asText()).contains("the Emulation and Reward Council decides");

        mvc.perform(get("/api/runs/" + id + "/decisions/PERSON/NV6").with(as("auditor")))
                .andExpect(jsonPath("$.outcome").value("DEFERRED"))
                .andExpect(jsonPath("$.exclusions.length()").value(0))
                .andExpect(jsonPath("$.deferral[0].code").value("REVIEW"))
                .andExpect(jsonPath("$.deferral[0].ruleId").value("X.REVIEW"))
                .andExpect(jsonPath("$.deferral[0].detail", containsString("một lần xét sau, với ngày xét muộn hơn, sẽ quyết định")))
                .andExpect(jsonPath("$.deferral[0].values.from").value("2025-12-01"))
                .andExpect(jsonPath("$.conditions[0].met").value(true))
                .andExpect(jsonPath("$.merit.awardYears").value(2))
                .andExpect(jsonPath("$.rank").doesNotExist())
                .andExpect(jsonPath("$.ranking").doesNotExist());
        mvc.perform(get("/api/runs/" + id + "/decisions/PERSON/NV4").with(as("auditor")))
                .andExpect(jsonPath("$.conditions[1].code").value("PH_D"))
                .andExpect(jsonPath("$.conditions[1].met").value(true))
                .andExpect(jsonPath("$.conditions[1].detail", containsString("2023–2024 (SK-41, SK-42)")));
        mvc.perform(get("/api/runs/" + id + "/decisions?subjectType=UNIT").with(as("auditor")))
                .andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aPhaseRequestWithoutQuotaOrWithYearsReversedIsRejectedWithEveryProblem() throws Exception {
        startRun("""
                {"kind": "PHASE", "fromYear": 2025, "toYear": 2021, "year": 2024}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path").value(org.hamcrest.Matchers.containsInAnyOrder("year", "toYear", "quota")))
                .andExpect(jsonPath("$.errors[?(@.path == 'toYear')].message").value("2021 is before fromYear 2025"));
        startRun("""
                {"kind": "PHASE", "fromYear": 2021, "toYear": 2035, "quota": -1}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.path == 'toYear')].message",
                        org.hamcrest.Matchers.contains(containsString("at most 10 years"))))
                .andExpect(jsonPath("$.errors[?(@.path == 'quota')].message",
                        org.hamcrest.Matchers.contains(containsString("negative"))));
        startRun("""
                {"kind": "PHASE", "fromYear": 2021, "toYear": 2025, "quota": 0, "referenceDate": "2024-12-31"}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("referenceDate"));
    }

    @Test
    void quotaZeroLeavesEveryQualifiedPersonInReserve() throws Exception {
        startRun("""
                {"kind": "PHASE", "fromYear": 2021, "toYear": 2025, "quota": 0, "referenceDate": "2025-12-15"}
                """).andExpect(status().isCreated())
                .andExpect(jsonPath("$.counts.PROPOSED").value(0))
                .andExpect(jsonPath("$.counts.TIED_AT_QUOTA").value(0))
                .andExpect(jsonPath("$.counts.RESERVE").value(4));
    }

    @Test
    void aPhaseRunReplaysIdenticallyRankingIncluded() throws Exception {
        String created = startRun("""
                {"kind": "PHASE", "fromYear": 2021, "toYear": 2025, "quota": 2, "referenceDate": "2025-12-15"}
                """).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created).get("id").asLong();
        mvc.perform(post("/api/runs/" + id + "/replay").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identical").value(true))
                .andExpect(jsonPath("$.decisions").value(6))
                .andExpect(jsonPath("$.differences").isEmpty());
    }
}
