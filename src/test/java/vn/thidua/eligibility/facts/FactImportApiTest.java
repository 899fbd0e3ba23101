package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class FactImportApiTest extends DatabaseTest {
    @Autowired
    ObjectMapper json;

    @Test
    void storesAValidBundleAndReadsItBackInTheImportFormat() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(13))
                .andExpect(jsonPath("$.replaced").value(0))
                .andExpect(jsonPath("$.kinds.units.added").value(2))
                .andExpect(jsonPath("$.kinds.criteria.added").value(3))
                .andExpect(jsonPath("$.kinds.awards.added").value(1));

        getFacts("units").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", contains("QLTM", "VP")))
                .andExpect(jsonPath("$.items[0].dissolvedOn").value("2025-08-01"))
                .andExpect(jsonPath("$.items[1].name").value("Văn phòng Sở"))
                .andExpect(jsonPath("$.items[1]", not(hasKey("dissolvedOn"))))
                .andExpect(jsonPath("$.items[1]", not(hasKey("id"))));
        getFacts("people").andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Thị Hoa"))
                .andExpect(jsonPath("$.items[0].category").value("CONG_CHUC"))
                .andExpect(jsonPath("$.items[1].gender").value("MALE"));
        getFacts("criteria").andExpect(jsonPath("$.items[*].code", contains("1.1", "1.1", "2.1")))
                .andExpect(jsonPath("$.items[*].year", contains(2023, 2024, 2024)))
                .andExpect(jsonPath("$.items[2].officerCode").doesNotExist());
        getFacts("tasks").andExpect(jsonPath("$.items[0].completedDate").value("2024-06-30"));
        getFacts("dossiers").andExpect(jsonPath("$.items[0].dueDate").value("2024-03-01"));
        getFacts("initiatives").andExpect(jsonPath("$.items[0].recognizedOn").value("2024-11-20"));
        getFacts("disciplines").andExpect(jsonPath("$.items[0].from").value("2024-01-01"))
                .andExpect(jsonPath("$.items[0].to").value("2024-06-30"))
                .andExpect(jsonPath("$.items[0].kind").value("SANCTION"));
        getFacts("ratings").andExpect(jsonPath("$.items[0].rating").value("HTXSNV"));
        getFacts("awards").andExpect(jsonPath("$.items[0].decisionNo").value("12/QĐ-SCT"));

        BigDecimal score = jdbc.queryForObject("SELECT score FROM criteria WHERE year = 2024 AND code = '2.1'",
                BigDecimal.class);
        assertThat(score).isEqualByComparingTo("8.25");
    }

    @Test
    void reimportingAStoredKeyReplacesTheRecord() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());

        postBundle("""
                {"units": [{"code": "QLTM", "name": "Phòng Thương mại"}, {"code": "KT", "name": "Phòng Kỹ thuật"}],
                 "criteria": [{"year": 2024, "code": "2.1", "name": "Tỷ lệ hồ sơ đúng hạn", "maxScore": 10,
                               "score": 9.75, "unitCode": "KT", "officerCode": "NV002"}]}
                """).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.replaced").value(2))
                .andExpect(jsonPath("$.kinds.units.added").value(1))
                .andExpect(jsonPath("$.kinds.units.replaced").value(1))
                .andExpect(jsonPath("$.kinds.criteria.replaced").value(1));

        // an optional field left out of the new record is gone: the record is replaced, not merged
        getFacts("units").andExpect(jsonPath("$.items[*].code", contains("KT", "QLTM", "VP")))
                .andExpect(jsonPath("$.items[1].name").value("Phòng Thương mại"))
                .andExpect(jsonPath("$.items[1]", not(hasKey("dissolvedOn"))));
        getFacts("criteria?year=2024").andExpect(jsonPath("$.items[1].score").value(9.75))
                .andExpect(jsonPath("$.items[1].unitCode").value("KT"))
                .andExpect(jsonPath("$.items[1].officerCode").value("NV002"));
        assertThat(rowCounts()).containsEntry("units", 3).containsEntry("criteria", 3);
    }

    @Test
    void anExportImportsAgainUnchanged() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());
        ObjectNode bundle = json.createObjectNode();
        for (FactKind kind : FactKind.values()) {
            bundle.set(kind.jsonName(), json.readTree(
                    getFacts(kind.jsonName()).andReturn().getResponse().getContentAsString()).get("items"));
        }

        postBundle(bundle.toString()).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.replaced").value(13));

        for (FactKind kind : FactKind.values()) {
            assertThat(json.readTree(getFacts(kind.jsonName()).andReturn().getResponse().getContentAsString()).get("items"))
                    .isEqualTo(bundle.get(kind.jsonName()));
        }
    }

    @Test
    void acceptsReferencesToStoredSubjects() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());

        postBundle("""
                {"people": [{"code": "NV003", "fullName": "Lê Văn C", "unitCode": "VP", "category": "NGUOI_LAO_DONG", "gender": "MALE"}],
                 "disciplines": [{"subjectType": "UNIT", "subjectCode": "QLTM", "kind": "INVESTIGATION", "from": "2024-05-01"}],
                 "awards": [{"year": 2024, "subjectType": "PERSON", "subjectCode": "NV002", "award": "BANG_KHEN_CCHC",
                             "decisionNo": "99/QĐ-UBND", "decisionDate": "2025-01-20"}]}
                """).andExpect(status().isOk()).andExpect(jsonPath("$.added").value(3));
    }

    @Test
    void filtersByYearWhereAYearApplies() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());

        getFacts("criteria?year=2023").andExpect(jsonPath("$.items", hasSize(1)));
        getFacts("tasks?year=2024").andExpect(jsonPath("$.items", hasSize(1)));
        getFacts("tasks?year=2023").andExpect(jsonPath("$.items", hasSize(0)));
        getFacts("dossiers?year=2024").andExpect(jsonPath("$.items", hasSize(1)));
        getFacts("initiatives?year=2024").andExpect(jsonPath("$.items", hasSize(1)));
        getFacts("ratings?year=2023").andExpect(jsonPath("$.items", hasSize(0)));
        getFacts("awards?year=2023").andExpect(jsonPath("$.items", hasSize(1)));

        getFacts("units?year=2024").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(
                        "year does not apply to units; it filters criteria, tasks, dossiers, initiatives, ratings and awards"));
        getFacts("criteria?year=abc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("year 'abc' is not a whole number"));
    }

    @Test
    void anUnknownKindIsNotFound() throws Exception {
        getFacts("employees").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Unknown fact kind 'employees'; known: units, people, memberships, criteria, "
                        + "tasks, dossiers, initiatives, disciplines, ratings, awards"));
    }
}
