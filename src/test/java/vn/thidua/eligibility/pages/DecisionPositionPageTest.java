package vn.thidua.eligibility.pages;

import vn.thidua.eligibility.DemoDepartment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.ApiTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's position (chức vụ) is shown with the person in the facts a decision's rules saw (issue 9). */
@ApiTest
class DecisionPositionPageTest {
    @Autowired
    MockMvc mvc;

    @Test
    void theDecisionPageShowsThePersonsPositionInBothLanguages(@Autowired JdbcTemplate jdbc, @Autowired FactImport facts,
                                                               @Autowired RunService runs) throws Exception {
        DemoDepartment.importFacts(jdbc, facts);
        RunSummary run = DemoDepartment.annual2024(runs);

        String page = "/runs/" + run.id().value() + "/decisions/PERSON/NV001";
        mvc.perform(get(page).with(user("auditor").roles("AUDITOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"col\">Chức vụ</th>")))
                .andExpect(content().string(containsString("Chánh Văn phòng")));
        mvc.perform(get(page).param("lang", "en").with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("<th scope=\"col\">Position</th>")));
    }
}
