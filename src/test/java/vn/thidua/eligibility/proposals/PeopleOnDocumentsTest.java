package vn.thidua.eligibility.proposals;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.security.AccountHolder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents name people by full name and position, never by login. */
class PeopleOnDocumentsTest {
    private final PeopleOnDocuments people = new PeopleOnDocuments(login -> Map.of(
            "giamdoc", new AccountHolder("giamdoc", "Trần Quốc Việt", "Giám đốc"),
            "phogiamdoc", new AccountHolder("phogiamdoc", "Lâm Thị Thu", "Phó Giám đốc"),
            "staff", new AccountHolder("staff", "Nguyễn Văn An", "Chuyên viên Văn phòng Sở"))
            .getOrDefault(login, new AccountHolder(login, "", "")));

    @Test
    void aSignerAccountSignsWithItsHoldersNameAndPositionADeputyOnBehalfOfTheHead() {
        assertThat(people.signature("giamdoc", "GIÁM ĐỐC"))
                .isEqualTo(new OfficialDocument.Signature(List.of("GIÁM ĐỐC"), "Trần Quốc Việt"));
        assertThat(people.signature("phogiamdoc", "GIÁM ĐỐC"))
                .isEqualTo(new OfficialDocument.Signature(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Lâm Thị Thu"));
    }

    @Test
    void aNameTypedInPrintsAsTypedALoginWithoutANameLeavesTheBlank() {
        assertThat(people.signature(" Nguyễn Văn Giám ", "GIÁM ĐỐC"))
                .isEqualTo(new OfficialDocument.Signature(List.of("GIÁM ĐỐC"), "Nguyễn Văn Giám"));
        assertThat(people.signature("admin", "CHỦ TỊCH"))
                .isEqualTo(new OfficialDocument.Signature(List.of("CHỦ TỊCH"), PeopleOnDocuments.BLANK));
        assertThat(people.signer("admin")).isEqualTo(PeopleOnDocuments.BLANK);
    }

    @Test
    void aPreparerIsNamedWithTheirPositionOrLeftBlank() {
        assertThat(people.person("staff")).isEqualTo("Nguyễn Văn An (Chuyên viên Văn phòng Sở)");
        assertThat(people.person("auditor")).isEqualTo(PeopleOnDocuments.BLANK).doesNotContain("auditor");
    }
}
