package vn.thidua.eligibility.facts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/facts/completeness: what is missing before a run of a year (issue 9). */
class FactCompletenessApiTest extends DatabaseTest {

    /**
     * VP has everything for 2024; QLTM has items of 2024 only; OLD was dissolved before 2024 began, NEW
     * during it. NV001 is rated for 2024; NV002 is not, and officers QLTM's item 2.1 of 2024, which has no
     * item of 2023. NV003 moved from VP to QLTM on 2024-07-01.
     */
    @BeforeEach
    void department() throws Exception {
        postBundle("""
                {"units": [{"code": "VP", "name": "Văn phòng Sở"}, {"code": "QLTM", "name": "Phòng Quản lý thương mại"},
                           {"code": "OLD", "name": "Phòng cũ", "dissolvedOn": "2023-12-31"},
                           {"code": "NEW", "name": "Phòng mới", "dissolvedOn": "2024-01-01"}],
                 "people": [
                   {"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"},
                   {"code": "NV002", "fullName": "Trần Văn Bình", "unitCode": "VP", "category": "VIEN_CHUC", "gender": "MALE"},
                   {"code": "NV003", "fullName": "Lê Minh Tâm", "unitCode": "VP", "category": "CONG_CHUC", "gender": "MALE"}],
                 "memberships": [
                   {"personCode": "NV003", "unitCode": "VP", "from": "2020-01-01", "to": "2024-06-30"},
                   {"personCode": "NV003", "unitCode": "QLTM", "from": "2024-07-01"}],
                 "criteria": [
                   {"year": 2023, "code": "1.1", "name": "Kế hoạch", "maxScore": 2, "score": 1, "unitCode": "VP"},
                   {"year": 2024, "code": "1.1", "name": "Kế hoạch", "maxScore": 2, "score": 2, "unitCode": "VP", "officerCode": "NV001"},
                   {"year": 2024, "code": "2.1", "name": "Hồ sơ", "maxScore": 10, "score": 6, "unitCode": "QLTM", "officerCode": "NV002"}],
                 "tasks": [{"code": "T1", "unitCode": "VP", "title": "Báo cáo", "dueDate": "2024-06-30"}],
                 "dossiers": [{"code": "D1", "unitCode": "VP", "dueDate": "2024-03-01"}],
                 "ratings": [{"personCode": "NV001", "year": 2024, "rating": "HTXSNV"},
                             {"personCode": "NV003", "year": 2024, "rating": "HTTNV"}]}
                """).andExpect(status().isOk());
    }

    @Test
    void listsPerUnitWhatIsMissingForTheYearAndTheYearBeforeAndWhichConditionsItLeavesUndeterminable() throws Exception {
        mvc.perform(get("/api/facts/completeness?year=2024&referenceDate=2025-01-15")).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.referenceDate").value("2025-01-15"))
                .andExpect(jsonPath("$.factsOfYear").value(true))
                .andExpect(jsonPath("$.complete").value(false))
                // OLD was dissolved before 2024 began: not listed; NEW on its first day: listed
                .andExpect(jsonPath("$.units[*].code", contains("NEW", "QLTM", "VP")))
                .andExpect(jsonPath("$.units[0].missing[*].kind", contains("criteria", "criteria", "tasks", "dossiers")))
                .andExpect(jsonPath("$.units[0].missing[*].year", contains(2024, 2023, 2024, 2024)))
                .andExpect(jsonPath("$.units[0].missing[0].conditions", contains("U1", "U2")))
                .andExpect(jsonPath("$.units[0].missing[0].message").value("No scored items of 2024 (U1 and U2 cannot be judged)"))
                .andExpect(jsonPath("$.units[0].missing[1].conditions", contains("U2")))
                .andExpect(jsonPath("$.units[0].missing[2].conditions", contains("U3")))
                .andExpect(jsonPath("$.units[1].missing[*].message", contains(
                        "No scored items of 2023 (U2 cannot be judged)",
                        "No provincial task due in 2024 (U3 rests on the dossiers only)",
                        "No TTHC dossier due in 2024 (U3 rests on the tasks only)")))
                .andExpect(jsonPath("$.units[2].missing", empty()))
                // NV002 (VP): no rating of 2024, and QLTM's item 2.1 has no 2023 score to compare with
                .andExpect(jsonPath("$.units[2].people", hasSize(1)))
                .andExpect(jsonPath("$.units[2].people[0].code").value("NV002"))
                .andExpect(jsonPath("$.units[2].people[0].missing[0].kind").value("ratings"))
                .andExpect(jsonPath("$.units[2].people[0].missing[0].conditions", contains("PH_D")))
                .andExpect(jsonPath("$.units[2].people[0].missing[1].kind").value("criteria"))
                .andExpect(jsonPath("$.units[2].people[0].missing[1].year").value(2023))
                .andExpect(jsonPath("$.units[2].people[0].missing[1].itemCode").value("2.1"))
                .andExpect(jsonPath("$.units[2].people[0].missing[1].conditions", contains("P2")))
                .andExpect(jsonPath("$.units[2].people[0].missing[1].message")
                        .value("No scored item 2.1 of 2023 to compare the officered item 2.1 of 2024 with (P2)"));
    }

    @Test
    void listsPeopleUnderTheirUnitOnTheReferenceDate() throws Exception {
        // NV003 is complete: move its rating away to see under which unit it is listed
        jdbc.update("DELETE FROM ratings WHERE person_code = 'NV003'");

        mvc.perform(get("/api/facts/completeness?year=2024&referenceDate=2024-06-30"))
                .andExpect(jsonPath("$.units[2].code").value("VP"))
                .andExpect(jsonPath("$.units[2].people[*].code", contains("NV002", "NV003")))
                .andExpect(jsonPath("$.units[1].people", empty()));
        // without a reference date: on the last day of the year, when NV003 was in QLTM
        mvc.perform(get("/api/facts/completeness?year=2024"))
                .andExpect(jsonPath("$.referenceDate").value("2024-12-31"))
                .andExpect(jsonPath("$.units[1].code").value("QLTM"))
                .andExpect(jsonPath("$.units[1].people[*].code", contains("NV003")))
                .andExpect(jsonPath("$.units[2].people[*].code", contains("NV002")));
    }

    @Test
    void aYearWithoutAnyFactSaysSo() throws Exception {
        mvc.perform(get("/api/facts/completeness?year=2030"))
                .andExpect(jsonPath("$.factsOfYear").value(false))
                .andExpect(jsonPath("$.units[*].code", contains("QLTM", "VP")))
                .andExpect(jsonPath("$.units[1].people[*].code", contains("NV001", "NV002")))
                .andExpect(jsonPath("$.units[1].people[0].missing[*].kind", contains("ratings")));
    }

    @Test
    void staffAdministratorsAndAuditorsMayReadItAndABadYearIsABadRequest() throws Exception {
        for (String role : new String[]{"STAFF", "ADMIN", "AUDITOR"}) {
            mvc.perform(get("/api/facts/completeness?year=2024").with(user(role.toLowerCase()).roles(role))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/facts/completeness")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("year"));
        mvc.perform(get("/api/facts/completeness?year=1999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("1999 is out of range 2000..2100"));
        mvc.perform(get("/api/facts/completeness?year=2024&referenceDate=15/01/2025")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("referenceDate"));
    }
}
