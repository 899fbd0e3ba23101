package vn.thidua.eligibility.runs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.eligibility.web.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** A run of a year with no facts at all is refused with what is missing (issue 9). */
@ApiTest
class RunWithoutFactsApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void department() throws Exception {
        RunFixtures.replaceFacts(jdbc, mvc, RunFixtures.DEPARTMENT);
    }

    private ResultActions start(String body) throws Exception {
        return mvc.perform(post("/api/runs").with(as("staff")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private int runs() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM run", Integer.class);
    }

    @Test
    void anAnnualRunOfAYearWithoutFactsIsRefusedWithWhatIsMissingPerUnitAndPerson() throws Exception {
        int before = runs();

        start("{\"kind\": \"ANNUAL\", \"year\": 2026, \"referenceDate\": \"2027-01-15\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("The run was refused: there are no facts to evaluate"))
                .andExpect(jsonPath("$.errors[0].path").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("there are no facts of 2026 at all (no scored item, "
                        + "no provincial task or TTHC dossier due in 2026, no initiative or rating of 2026); "
                        + "import them before running 2026"))
                .andExpect(jsonPath("$.errors[1].path").value("UNIT:QLTM"))
                .andExpect(jsonPath("$.errors[1].message").value(
                        "Phòng Quản lý thương mại: No scored items of 2026 (U1 and U2 cannot be judged)"))
                .andExpect(jsonPath("$.errors[*].path", hasItem("UNIT:VP")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Nguyễn Thị Hoa (VP): No rating of 2026 "
                        + "(the phase condition (d), HTXSNV in two consecutive years)")));

        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void aPhaseRunIsRefusedWhenNoneOfItsYearsHasAnyFact() throws Exception {
        int before = runs();

        start("{\"kind\": \"PHASE\", \"fromYear\": 2016, \"toYear\": 2020, \"quota\": 2, \"referenceDate\": \"2021-01-15\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].path").value("fromYear"))
                .andExpect(jsonPath("$.errors[0].message").value("none of the years 2016–2020 has any fact (scored "
                        + "item, provincial task, TTHC dossier, initiative, rating or award); import them before running the phase"));

        assertThat(runs()).isEqualTo(before);
    }

    @Test
    void aYearWithSomeFactsIsRunEvenWhenSomeAreMissing() throws Exception {
        // 2023 has scored items only (no task, dossier, initiative or rating): the decisions say what is missing
        start("{\"kind\": \"ANNUAL\", \"year\": 2023, \"referenceDate\": \"2024-01-15\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        start("{\"kind\": \"PHASE\", \"fromYear\": 2020, \"toYear\": 2024, \"quota\": 1, \"referenceDate\": \"2025-01-15\"}")
                .andExpect(status().isCreated());
    }
}
