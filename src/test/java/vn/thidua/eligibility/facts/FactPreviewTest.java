package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The preview says what an import would add, leave unchanged and replace (field by field), with the import's own checks, and stores nothing. */
class FactPreviewTest extends DatabaseTest {
    @Autowired
    FactImport facts;
    @Autowired
    UnitFacts unitFacts;

    @Test
    void countsWhatWouldBeAddedKeptAndReplacedWithoutStoringIt() throws Exception {
        postBundle(TestBundles.VALID).andExpect(status().isOk());
        var before = rowCounts();

        ImportPreview preview = facts.preview(stream("""
                {"units": [{"code": "VP", "name": "Văn phòng Sở"}, {"code": "KT", "name": "Phòng Kỹ thuật"}],
                 "dossiers": [{"code": "HS-0001", "unitCode": "QLTM", "dueDate": "2024-03-01"},
                              {"code": "HS-0002", "unitCode": "KT", "dueDate": "2024-03-02"}],
                 "criteria": [{"year": 2024, "code": "2.1", "name": "Tỷ lệ hồ sơ đúng hạn", "maxScore": 10,
                               "score": 8.2500, "unitCode": "QLTM"}]}
                """));

        assertThat(preview.added()).isEqualTo(2);
        assertThat(preview.unchanged()).isEqualTo(3);
        assertThat(preview.changed()).isZero();
        assertThat(preview.replacements()).isEmpty();
        assertThat(preview.kinds().get("units")).isEqualTo(new ImportPreview.Counts(1, 1, 0));
        assertThat(preview.kinds().get("dossiers")).isEqualTo(new ImportPreview.Counts(1, 1, 0));
        assertThat(preview.kinds().get("criteria")).isEqualTo(new ImportPreview.Counts(0, 1, 0));
        assertThat(rowCounts()).isEqualTo(before);
    }

    /**
     * The case of issue 10: two items imported for a new unit under codes the Department had stored for
     * another unit take them away from it. The count alone said "replaced 3"; the preview names each item
     * and the unit it leaves, and tells the unchanged unit apart.
     */
    @Test
    void listsEachRecordItWouldReplaceWithItsFieldsBeforeAndAfter() throws Exception {
        postBundle("""
                {"units": [{"code": "VP", "name": "Văn phòng Sở"}],
                 "criteria": [{"year": 2025, "code": "1.1", "name": "Kế hoạch CCHC", "maxScore": 2, "score": 2, "unitCode": "VP"},
                              {"year": 2025, "code": "1.2", "name": "Báo cáo CCHC", "maxScore": 1, "score": 0.5, "unitCode": "VP"}]}
                """).andExpect(status().isOk());

        ImportPreview preview = facts.preview(stream("""
                {"units": [{"code": "VP", "name": "Văn phòng Sở"}, {"code": "KT", "name": "Phòng Kỹ thuật"}],
                 "criteria": [{"year": 2025, "code": "1.1", "name": "Kế hoạch CCHC", "maxScore": 2, "score": 1.5, "unitCode": "KT"},
                              {"year": 2025, "code": "1.2", "name": "Báo cáo CCHC", "maxScore": 1, "score": 0.5, "unitCode": "KT"}]}
                """));

        assertThat(preview.added()).isEqualTo(1);
        assertThat(preview.replaced()).isEqualTo(3);
        assertThat(preview.unchanged()).isEqualTo(1);
        assertThat(preview.changed()).isEqualTo(2);
        assertThat(preview.replacements()).extracting(ImportPreview.Replacement::kind, ImportPreview.Replacement::key)
                .containsExactly(tuple("criteria", "2025/1.1"), tuple("criteria", "2025/1.2"));
        assertThat(preview.replacements().get(0).changes()).containsExactly(
                new ImportPreview.Change("score", "Điểm", new BigDecimal("2.0000"), new BigDecimal("1.5")),
                new ImportPreview.Change("unitCode", "Mã đơn vị", "VP", "KT"));
        assertThat(preview.replacements().get(1).changes()).containsExactly(
                new ImportPreview.Change("unitCode", "Mã đơn vị", "VP", "KT"));
        assertThat(preview.unlisted()).isZero();
    }

    @Test
    void listsAtMostTheCapAndCountsTheRest() throws Exception {
        int n = ImportPreview.LISTED + 5;
        postBundle(units(n, "Cũ")).andExpect(status().isOk());

        ImportPreview preview = facts.preview(stream(units(n, "Mới")));

        assertThat(preview.changed()).isEqualTo(n);
        assertThat(preview.replacements()).hasSize(ImportPreview.LISTED);
        assertThat(preview.unlisted()).isEqualTo(5);
    }

    private static String units(int n, String name) {
        return IntStream.range(0, n).mapToObj(i -> "{\"code\": \"U" + i + "\", \"name\": \"" + name + " " + i + "\"}")
                .collect(Collectors.joining(", ", "{\"units\": [", "]}"));
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
