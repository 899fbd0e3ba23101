package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import vn.thidua.eligibility.engine.FactGroup;
import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.DisciplineKind;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Person;
import vn.thidua.eligibility.model.PersonCategory;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.RatingLevel;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.model.Unit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A run writes its snapshot straight from the facts; it must be the snapshot the tree form wrote, which replays read. */
class FactJsonTest {
    /** As Spring Boot configures it. */
    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final FactJson json = new FactJson(mapper);

    @Test
    void aGroupWrittenStraightOutIsTheGroupWrittenThroughATreeAndReadsBackAsTheSameFacts() throws Exception {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Unit unit = new Unit("VP", "Văn phòng Sở", null);
        Person person = new Person("NV001", "Nguyễn Thị Hoa", "VP", PersonCategory.CONG_CHUC, Gender.FEMALE, "Chánh Văn phòng");
        FactGroup group = new FactGroup(List.of(unit, person), List.of(unit, person,
                new Criterion(2024, "1.1", "Kế hoạch", new BigDecimal("2"), new BigDecimal("1.5"), "VP", "NV001"),
                new ProvincialTask("NV-1", "VP", "Báo cáo", d, null),
                new Dossier("HS-1", "VP", d, d.plusDays(3)),
                new Initiative("SK-1", "NV001", 2024, "Số hóa", d),
                new Discipline(SubjectType.PERSON, "NV001", DisciplineKind.SANCTION, d, d.plusYears(1)),
                new Rating("NV001", 2024, RatingLevel.HTXSNV),
                new Award(2023, SubjectType.UNIT, "VP", AwardType.GIAY_KHEN_CCHC, "12/QĐ-SCT", d, null, null)));

        byte[] bytes = json.groupBytes(group);

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(new String(json.bytes(json.group(group)), StandardCharsets.UTF_8));
        JsonNode straight = mapper.readTree(bytes);
        assertThat(straight.path("facts").findValuesAsText("type")).containsExactly("Unit", "Person", "Criterion",
                "ProvincialTask", "Dossier", "Initiative", "Discipline", "Rating", "Award");
        FactGroup read = SnapshotReader.group(straight);
        assertThat(read.facts()).usingRecursiveFieldByFieldElementComparator().isEqualTo(group.facts());
    }
}
