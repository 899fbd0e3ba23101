package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Council's review agrees nothing by default: an entry sent without its result is refused by name. */
@ApiTest
class CouncilChoiceApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void anEntryWithoutAResultIsRefusedNamingTheEntryAndNothingIsRecorded() throws Exception {
        ProposalFixtures f = new ProposalFixtures(mvc, json);
        f.replaceFacts(jdbc);
        long id = f.propose(f.annualRun(2023)).get("id").asLong();
        f.submit(id);

        JsonNode unchosen = f.review(id, "01/BB", "2024-01-18", """
                [{"subjectType": "PERSON", "subjectCode": "NV001", "result": "AGREED"},
                 {"subjectType": "PERSON", "subjectCode": "NV002", "reason": "chưa chọn"}]""", status().isBadRequest());
        assertThat(unchosen.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("results[1].result");
        assertThat(unchosen.get("errors").get(0).get("message").asText()).contains("PERSON NV002 (Trần Văn Bình)");
        assertThat(f.read("auditor", "/api/proposals/" + id).has("council")).isFalse();
    }
}
