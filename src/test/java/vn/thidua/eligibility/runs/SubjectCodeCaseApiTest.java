package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** Codes are case-sensitive in the facts, so they must be in the decisions a run stores. */
@ApiTest
class SubjectCodeCaseApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    /** A rating of 2024 gives the year a fact: a run of a year without any is refused (issue 9). */
    @Test
    void peopleWhoseCodesDifferOnlyInCaseGetADecisionEach() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, """
                {
                  "units": [{"code": "VP", "name": "Văn phòng Sở"}, {"code": "vp", "name": "Văn phòng (chi nhánh)"}],
                  "people": [
                    {"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"},
                    {"code": "nv001", "fullName": "Trần Văn Bình", "unitCode": "vp", "category": "VIEN_CHUC", "gender": "MALE"}
                  ],
                  "ratings": [{"personCode": "nv001", "year": 2024, "rating": "HTTNV"}]
                }""");
        JsonNode run = json.readTree(mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON)
                .content(RunFixtures.ANNUAL_2024)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.get("subjectCount").asInt()).isEqualTo(4);

        long id = run.get("id").asLong();
        assertThat(decision(id, "PERSON/NV001").get("subjectName").asText()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(decision(id, "PERSON/nv001").get("subjectName").asText()).isEqualTo("Trần Văn Bình");
        assertThat(decision(id, "UNIT/vp").get("subjectName").asText()).isEqualTo("Văn phòng (chi nhánh)");
        assertThat(decision(id, "PERSON/nv001").get("unitCode").asText()).isEqualTo("vp");
    }

    private JsonNode decision(long run, String subject) throws Exception {
        return json.readTree(mvc.perform(get("/api/runs/" + run + "/decisions/" + subject).with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
