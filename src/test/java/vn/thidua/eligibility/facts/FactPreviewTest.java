package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The preview says what an import would add and replace, with the import's own checks, and stores nothing. */
class FactPreviewTest extends DatabaseTest {
    @Autowired
    FactImport facts;
    @Autowired
    UnitFacts unitFacts;

    @Test
    void countsWhatWouldBeAddedAndReplacedWithoutStoringIt() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());
        var before = rowCounts();

        ImportReport preview = facts.preview(stream("""
                {"units": [{"code": "QLTM", "name": "Phòng Thương mại"}, {"code": "KT", "name": "Phòng Kỹ thuật"}],
                 "dossiers": [{"code": "HS-0001", "unitCode": "KT", "dueDate": "2024-03-02"},
                              {"code": "HS-0002", "unitCode": "KT", "dueDate": "2024-03-02"}]}
                """));

        assertThat(preview.added()).isEqualTo(2);
        assertThat(preview.replaced()).isEqualTo(2);
        assertThat(preview.kinds().get("units")).isEqualTo(new ImportReport.Counts(1, 1));
        assertThat(preview.kinds().get("dossiers")).isEqualTo(new ImportReport.Counts(1, 1));
        assertThat(preview.kinds().get("criteria")).isEqualTo(new ImportReport.Counts(0, 0));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void rejectsWhatTheImportRejectsWithTheSamePaths() {
        assertThatThrownBy(() -> facts.preview(stream("""
                {"criteria": [{"year": 2024, "code": "1.1", "name": "x", "maxScore": 2, "score": 3, "unitCode": "NOPE"}]}
                """)))
                .isInstanceOf(RejectedBundleException.class)
                .satisfies(e -> assertThat(((RejectedBundleException) e).errors()).extracting(ApiError.Detail::path)
                        .containsExactlyInAnyOrder("criteria[0].score", "criteria[0].unitCode"));
        assertThat(rowCounts().values()).allMatch(n -> n == 0);
    }

    @Test
    void readsOneUnitsItemsTasksAndDossiersOfAYear() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());

        UnitFacts.Year vp = unitFacts.of("VP", 2024);
        assertThat(vp.criteria()).extracting(c -> c.getCode()).containsExactly("1.1");
        assertThat(vp.tasks()).extracting(t -> t.getCode()).containsExactly("NV-2024-01");
        assertThat(vp.dossiers()).isEmpty();
        assertThat(unitFacts.of("QLTM", 2024).dossiers()).extracting(d -> d.getCode()).containsExactly("HS-0001");
        assertThat(unitFacts.of("VP", 2023).criteria()).hasSize(1);
        assertThat(unitFacts.of("VP", 2023).tasks()).isEmpty();
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
