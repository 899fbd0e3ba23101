package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's position and dated unit memberships: stored, exported, checked (issue 9). */
class MembershipImportApiTest extends DatabaseTest {
    @Autowired
    ObjectMapper json;

    /** Two units; NV001 moved from KTAT to QLCN on 2025-03-01, NV002 has no membership history. */
    static final String MOVED = """
            {"units": [{"code": "KTAT", "name": "Phòng Kỹ thuật an toàn", "dissolvedOn": "2025-03-01"},
                       {"code": "QLCN", "name": "Phòng Quản lý công nghiệp"}],
             "people": [
               {"code": "NV001", "fullName": "Nguyễn Thị Hoa", "unitCode": "KTAT", "category": "CONG_CHUC",
                "gender": "FEMALE", "position": "Trưởng phòng"},
               {"code": "NV002", "fullName": "Trần Văn Bình", "unitCode": "QLCN", "category": "VIEN_CHUC", "gender": "MALE"}],
             "memberships": [
               {"personCode": "NV001", "unitCode": "KTAT", "from": "2018-05-01", "to": "2025-02-28"},
               {"personCode": "NV001", "unitCode": "QLCN", "from": "2025-03-01"}]}
            """;

    @Test
    void storesPositionsAndMembershipsAndExportsThemInTheImportFormat() throws Exception {
        postBundle(MOVED).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds.memberships.added").value(2))
                .andExpect(jsonPath("$.kinds.people.added").value(2));

        getFacts("people").andExpect(jsonPath("$.items[0].position").value("Trưởng phòng"))
                .andExpect(jsonPath("$.items[1]", not(hasKey("position"))));
        getFacts("memberships").andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[*].unitCode", contains("KTAT", "QLCN")))
                .andExpect(jsonPath("$.items[0].to").value("2025-02-28"))
                .andExpect(jsonPath("$.items[1]", not(hasKey("to"))));
    }

    @Test
    void anExportWithPositionsAndMembershipsImportsAgainUnchanged() throws Exception {
        postBundle(MOVED).andExpect(status().isOk());
        ObjectNode bundle = json.createObjectNode();
        for (FactKind kind : FactKind.values()) {
            bundle.set(kind.jsonName(), json.readTree(getFacts(kind.jsonName()).andReturn().getResponse().getContentAsString()).get("items"));
        }

        postBundle(bundle.toString()).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.replaced").value(6));

        for (FactKind kind : FactKind.values()) {
            assertThat(json.readTree(getFacts(kind.jsonName()).andReturn().getResponse().getContentAsString()).get("items"))
                    .isEqualTo(bundle.get(kind.jsonName()));
        }
    }

    @Test
    void overlappingPeriodsOfOnePersonInABundleAreRefusedNamingBothRecords() throws Exception {
        postBundle(MOVED.replace("\"from\": \"2025-03-01\"", "\"from\": \"2025-02-01\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].path").value("memberships[1].from"))
                .andExpect(jsonPath("$.errors[0].message").value("from 2025-02-01 (open) of personCode NV001 overlaps "
                        + "memberships[0] (from 2018-05-01 to 2025-02-28); one personCode's periods may not share a day"));
        assertThat(rowCounts()).containsEntry("people", 0).containsEntry("memberships", 0);
    }

    @Test
    void aPeriodOverlappingAStoredOneIsRefusedAndNothingIsStored() throws Exception {
        postBundle(MOVED).andExpect(status().isOk());

        postBundle("""
                {"units": [{"code": "VP", "name": "Văn phòng Sở"}],
                 "memberships": [{"personCode": "NV001", "unitCode": "VP", "from": "2024-01-01", "to": "2024-12-31"}]}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("memberships[0].from"))
                .andExpect(jsonPath("$.errors[0].message").value("from 2024-01-01 to 2024-12-31 of personCode NV001 "
                        + "overlaps the stored memberships record (personCode NV001, unitCode KTAT, from 2018-05-01, "
                        + "to 2025-02-28); end that one first, or replace it in this bundle (same personCode and from)"));
        assertThat(rowCounts()).containsEntry("units", 2).containsEntry("memberships", 2);
    }

    @Test
    void replacingAStoredPeriodByItsKeyIsNoOverlap() throws Exception {
        postBundle(MOVED).andExpect(status().isOk());

        // the KTAT period now ends earlier, and a VP period fills the gap: the stored KTAT record is replaced
        postBundle("""
                {"units": [{"code": "VP", "name": "Văn phòng Sở"}],
                 "memberships": [{"personCode": "NV001", "unitCode": "KTAT", "from": "2018-05-01", "to": "2024-12-31"},
                                 {"personCode": "NV001", "unitCode": "VP", "from": "2025-01-01", "to": "2025-02-28"}]}
                """).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds.memberships.added").value(1))
                .andExpect(jsonPath("$.kinds.memberships.replaced").value(1));
    }

    @Test
    void aMembershipNamingAnUnknownPersonOrUnitOrEndingBeforeItStartsIsRefused() throws Exception {
        postBundle(MOVED).andExpect(status().isOk());

        postBundle("""
                {"memberships": [{"personCode": "NV999", "unitCode": "QLCN", "from": "2024-01-01"},
                                 {"personCode": "NV002", "unitCode": "XX", "from": "2024-01-01"},
                                 {"personCode": "NV002", "unitCode": "QLCN", "from": "2023-01-01", "to": "2022-12-31"}]}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", contains("memberships[0].personCode", "memberships[1].unitCode",
                        "memberships[2].to")))
                .andExpect(jsonPath("$.errors[*].message", contains(
                        "personCode 'NV999' names no person in this file or in the database",
                        "unitCode 'XX' names no unit in this file or in the database",
                        "to 2022-12-31 is before from 2023-01-01")));
        assertThat(rowCounts()).containsEntry("memberships", 2);
    }
}
