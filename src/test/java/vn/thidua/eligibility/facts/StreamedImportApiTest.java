package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Map;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A large-ish bundle read as a stream: a faulty record anywhere in it is named exactly, across kinds in
 * any order, and nothing of the bundle is stored; the paged export of what was stored.
 */
class StreamedImportApiTest extends DatabaseTest {
    private static final int DOSSIERS = 5_000;
    private final ObjectMapper json = new ObjectMapper();

    /** Dossiers first, their units after them: a stream meets the references before the subjects. */
    private static String bundle(Map<Integer, String> replacedDossiers) {
        StringJoiner dossiers = new StringJoiner(",\n", "[", "]");
        for (int d = 0; d < DOSSIERS; d++) {
            dossiers.add(replacedDossiers.getOrDefault(d, "{\"code\": \"HS-" + d + "\", \"unitCode\": \"U" + d % 3
                    + "\", \"dueDate\": \"2024-05-01\", \"completedDate\": \"2024-04-30\"}"));
        }
        return "{\"dossiers\": " + dossiers + ",\n\"units\": [{\"code\": \"U0\", \"name\": \"Một\"}, "
                + "{\"code\": \"U1\", \"name\": \"Hai\"}, {\"code\": \"U2\", \"name\": \"Ba\"}]}";
    }

    @Test
    void storesEveryRecordOfALargeBundleWhoseSubjectsComeAfterTheirReferences() throws Exception {
        postBundle(bundle(Map.of())).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds.dossiers.added").value(DOSSIERS))
                .andExpect(jsonPath("$.kinds.units.added").value(3));
        assertThat(rowCounts()).containsEntry("dossiers", DOSSIERS).containsEntry("units", 3);

        postBundle(bundle(Map.of())).andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.kinds.dossiers.replaced").value(DOSSIERS));
        assertThat(rowCounts()).containsEntry("dossiers", DOSSIERS);
    }

    @Test
    void aBadRecordInTheMiddleIsNamedAndNothingIsStored() throws Exception {
        postBundle(bundle(Map.of(
                2_500, "{\"code\": \"HS-2500\", \"unitCode\": \"U1\", \"dueDate\": \"2024-02-30\"}",
                3_000, "{\"code\": \"HS-3000\", \"unitCode\": \"U9\", \"dueDate\": \"2024-03-01\"}",
                4_000, "{\"code\": \"HS-17\", \"unitCode\": \"U1\", \"dueDate\": \"2024-03-01\"}",
                4_500, "{\"code\": \"HS-4500\", \"unitCode\": \"U1\", \"dueDate\": \"2024-03-01\", \"late\": true}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", contains("dossiers[2500].dueDate", "dossiers[3000].unitCode",
                        "dossiers[4000]", "dossiers[4500].late")))
                .andExpect(jsonPath("$.errors[0].message").value("dueDate 2024-02-30 is not a day of the calendar"))
                .andExpect(jsonPath("$.errors[1].message").value("unitCode 'U9' names no unit in this file or in the database"))
                .andExpect(jsonPath("$.errors[2].message").value("Duplicate key (code HS-17): already given at dossiers[17]"));
        assertThat(rowCounts()).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    /** {@code count} dossiers of U0–U2, the one at {@code repeatAt} giving the code of the fourth again. */
    private static String manyDossiers(int count, int repeatAt) {
        StringJoiner dossiers = new StringJoiner(",\n", "{\"units\": [{\"code\": \"U0\", \"name\": \"Một\"}, "
                + "{\"code\": \"U1\", \"name\": \"Hai\"}, {\"code\": \"U2\", \"name\": \"Ba\"}],\n\"dossiers\": [", "]}");
        for (int d = 0; d < count; d++) {
            dossiers.add("{\"code\": \"HS-" + (d == repeatAt ? 3 : d) + "\", \"unitCode\": \"U" + d % 3
                    + "\", \"dueDate\": \"2024-05-01\"" + (d % 2 == 0 ? ", \"completedDate\": \"2024-04-30\"" : "") + "}");
        }
        return dossiers.toString();
    }

    @Test
    void recordsStagedInSeveralBatchesAreStoredAndAKeyRepeatedInALaterBatchIsNamed() throws Exception {
        postBundle(manyDossiers(25_000, 22_000)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", contains("dossiers[22000]")))
                .andExpect(jsonPath("$.errors[0].message").value("Duplicate key (code HS-3): already given at dossiers[3]"));
        assertThat(rowCounts()).containsEntry("dossiers", 0);

        postBundle(manyDossiers(25_000, -1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds.dossiers.added").value(25_000));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossiers WHERE completed_date IS NULL", Integer.class))
                .isEqualTo(12_500);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void whenTheDatabaseRefusesLoadDataTheRecordsAreStagedByInsertWithTheSameResult(CapturedOutput output) throws Exception {
        jdbc.execute("SET GLOBAL local_infile = OFF");
        try {
            postBundle(manyDossiers(25_000, 22_000)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].path", contains("dossiers[22000]")));
            postBundle(manyDossiers(25_000, -1)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.kinds.dossiers.added").value(25_000));
        } finally {
            jdbc.execute("SET GLOBAL local_infile = ON");
        }
        assertThat(output).contains("The database refuses LOAD DATA LOCAL INFILE");
        assertThat(rowCounts()).containsEntry("dossiers", 25_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossiers WHERE completed_date IS NULL", Integer.class))
                .isEqualTo(12_500);
    }

    @Test
    void textWithBackslashesAndWhatLooksLikeAnEscapeIsStoredAsGiven() throws Exception {
        String name = "Phòng \\\\N và C:\\\\dữ liệu\\\\t";
        postBundle("{\"units\": [{\"code\": \"U0\", \"name\": \"" + name + "\"}, {\"code\": \"U1\", \"name\": \"\\\\\"}]}")
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("SELECT name FROM units ORDER BY code", String.class))
                .containsExactly("Phòng \\N và C:\\dữ liệu\\t", "\\");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM units WHERE dissolved_on IS NULL", Integer.class)).isEqualTo(2);
    }

    @Test
    void aThousandErrorsAreListedAndTheRestAnnounced() throws Exception {
        StringJoiner units = new StringJoiner(", ", "{\"units\": [", "]}");
        for (int u = 0; u < 1_200; u++) {
            units.add("{\"code\": \"U" + u + "\"}");
        }
        postBundle(units.toString()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(StagedBundle.LISTED_ERRORS + 1)))
                .andExpect(jsonPath("$.errors[999].path").value("units[999].name"))
                .andExpect(jsonPath("$.errors[1000].path").value("$"))
                .andExpect(jsonPath("$.errors[1000].message").value("More errors were found than are listed (the list "
                        + "stops at 1000); correct these and import again to see the rest"));
        assertThat(rowCounts()).containsEntry("units", 0);
    }

    @Test
    void aKindIsExportedAPageAtATimeInKeyOrderWithItsTotal() throws Exception {
        postBundle(bundle(Map.of())).andExpect(status().isOk());
        JsonNode page = json.readTree(getFacts("dossiers?page=2&size=10").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.get("total").asLong()).isEqualTo(DOSSIERS);
        assertThat(page.get("page").asInt()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        // codes sort as text: HS-0, HS-1, HS-10, HS-100, HS-1000, …; the 21st is HS-1015
        assertThat(page.get("items")).hasSize(10);
        assertThat(page.get("items").get(0).get("code").asText()).isEqualTo("HS-1015");

        getFacts("dossiers?year=2024").andExpect(jsonPath("$.items", hasSize(FactExport.DEFAULT_SIZE)))
                .andExpect(jsonPath("$.total").value(DOSSIERS));
        getFacts("dossiers?page=" + DOSSIERS).andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(DOSSIERS));
        getFacts("dossiers?size=1001").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("size 1001 is outside 1..1000"));
        getFacts("dossiers?page=-1").andExpect(status().isBadRequest());
    }
}
