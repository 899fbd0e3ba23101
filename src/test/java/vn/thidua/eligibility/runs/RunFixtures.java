package vn.thidua.eligibility.runs;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** A small Department with one case of each annual outcome, and the calls the run tests share. */
public final class RunFixtures {
    private RunFixtures() {
    }

    /** Children before parents, for the foreign keys. */
    private static final List<String> FACT_TABLES = List.of("awards", "ratings", "disciplines", "initiatives",
            "dossiers", "tasks", "criteria", "people", "units");

    /**
     * VP meets U1 (4/5 = 80%), U2 and U3; QLTM misses U1; TTRA is under investigation. NV001
     * has a recognised initiative; NV002 improved item 1.1; NV003 nothing; NV004 serves a sanction.
     */
    static final String DEPARTMENT = """
            {
              "units": [
                {"code": "VP", "name": "Văn phòng Sở"},
                {"code": "QLTM", "name": "Phòng Quản lý thương mại"},
                {"code": "TTRA", "name": "Thanh tra Sở"}
              ],
              "people": [
                {"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "VP", "category": "CONG_CHUC", "gender": "FEMALE"},
                {"code": "NV002", "fullName": "Trần Văn Bình", "unitCode": "VP", "category": "VIEN_CHUC", "gender": "MALE"},
                {"code": "NV003", "fullName": "Lê Minh Tâm", "unitCode": "QLTM", "category": "CONG_CHUC", "gender": "MALE"},
                {"code": "NV004", "fullName": "Phạm Thu Trang", "unitCode": "TTRA", "category": "CONG_CHUC", "gender": "FEMALE"}
              ],
              "criteria": [
                {"year": 2023, "code": "1.1", "name": "Kế hoạch CCHC", "maxScore": 2, "score": 1, "unitCode": "VP", "officerCode": "NV002"},
                {"year": 2024, "code": "1.1", "name": "Kế hoạch CCHC", "maxScore": 2, "score": 2, "unitCode": "VP", "officerCode": "NV002"},
                {"year": 2024, "code": "1.2", "name": "Báo cáo CCHC", "maxScore": 1, "score": 1, "unitCode": "VP"},
                {"year": 2024, "code": "1.3", "name": "Kiểm tra CCHC", "maxScore": 1, "score": 1, "unitCode": "VP"},
                {"year": 2024, "code": "1.4", "name": "Tuyên truyền CCHC", "maxScore": 1, "score": 1, "unitCode": "VP"},
                {"year": 2024, "code": "1.5", "name": "Sáng kiến CCHC", "maxScore": 2, "score": 1.5, "unitCode": "VP"},
                {"year": 2023, "code": "2.1", "name": "Hồ sơ đúng hạn", "maxScore": 10, "score": 6, "unitCode": "QLTM", "officerCode": "NV003"},
                {"year": 2024, "code": "2.1", "name": "Hồ sơ đúng hạn", "maxScore": 10, "score": 6, "unitCode": "QLTM", "officerCode": "NV003"},
                {"year": 2023, "code": "3.1", "name": "Thanh tra công vụ", "maxScore": 2, "score": 1, "unitCode": "TTRA"},
                {"year": 2024, "code": "3.1", "name": "Thanh tra công vụ", "maxScore": 2, "score": 2, "unitCode": "TTRA"}
              ],
              "tasks": [
                {"code": "NV-VP-1", "unitCode": "VP", "title": "Báo cáo CCHC quý", "dueDate": "2024-06-30", "completedDate": "2024-06-30"}
              ],
              "dossiers": [
                {"code": "HS-QLTM-1", "unitCode": "QLTM", "dueDate": "2024-03-01", "completedDate": "2024-03-04"}
              ],
              "initiatives": [
                {"code": "SK-01", "personCode": "NV001", "year": 2024, "title": "Số hóa hồ sơ", "recognizedOn": "2024-11-20"}
              ],
              "disciplines": [
                {"subjectType": "UNIT", "subjectCode": "TTRA", "kind": "INVESTIGATION", "from": "2024-12-01"},
                {"subjectType": "PERSON", "subjectCode": "NV004", "kind": "SANCTION", "from": "2024-06-01", "to": "2025-05-31"}
              ]
            }
            """;

    static final String ANNUAL_2024 = """
            {"kind": "ANNUAL", "year": 2024, "referenceDate": "2025-01-15"}""";

    /** Empties every fact table and imports the bundle, as staff would. */
    public static void replaceFacts(JdbcTemplate jdbc, MockMvc mvc, String bundle) throws Exception {
        FACT_TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
        mvc.perform(post("/api/facts").with(as("staff")).contentType(MediaType.APPLICATION_JSON).content(bundle))
                .andExpect(status().isOk());
    }
}
