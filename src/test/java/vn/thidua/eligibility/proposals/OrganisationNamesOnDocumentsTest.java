package vn.thidua.eligibility.proposals;

import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.rulesets.OrganisationNames;
import vn.thidua.eligibility.rulesets.RuleFolder;

import vn.thidua.eligibility.security.AccountHolder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sóc Trăng province merged into Cần Thơ city on 2025-07-01: a list or a report prints the
 * Department, its Director, the Committee and its Chairman, and the place, in force on its own date
 * (organisation.yaml of the default rule set).
 */
class OrganisationNamesOnDocumentsTest {
    private static final OrganisationNames NAMES = new OrganisationNames(new RuleFolder("rules")::read, new RuleFolder("rules"));
    private static final PeopleOnDocuments NOBODY_NAMED = new PeopleOnDocuments(login -> new AccountHolder(login, "", ""));

    private static Proposal decided(AwardType award, RunKind kind, String decisionDate) {
        Proposal p = Proposal.draft(1, kind, award, 2021, 2025, kind == RunKind.PHASE ? 2 : null, List.of(), "staff",
                Instant.parse("2025-06-01T02:00:00Z"));
        p.status = ProposalStatus.DECIDED;
        p.decisionNo = "15/QĐ-SCT";
        p.decisionDate = LocalDate.parse(decisionDate);
        p.signer = "Giám đốc Sở";
        return p;
    }

    private static List<String> words(TableDocument d) {
        List<String> out = new java.util.ArrayList<>(d.organisation());
        out.add(d.placeDate());
        out.addAll(d.title());
        return out;
    }

    @Test
    void aListDecidedTheDayBeforeTheMergerPrintsSocTrangNames() {
        TableDocument d = new ProposalDocument(NAMES, NOBODY_NAMED).of(decided(AwardType.GIAY_KHEN_CCHC, RunKind.ANNUAL, "2025-06-30"), List.of());
        assertThat(d.organisation()).containsExactly("UBND TỈNH SÓC TRĂNG", "SỞ CÔNG THƯƠNG");
        assertThat(d.placeDate()).isEqualTo("Sóc Trăng, ngày 30 tháng 06 năm 2025");
        assertThat(d.title()).contains("Đề nghị tặng Giấy khen của Giám đốc Sở Công Thương tỉnh Sóc Trăng năm 2025");
        assertThat(words(d)).noneMatch(w -> w.contains("Cần Thơ"));
    }

    @Test
    void aListDecidedOnTheMergerDayPrintsCanThoNames() {
        TableDocument d = new ProposalDocument(NAMES, NOBODY_NAMED).of(decided(AwardType.GIAY_KHEN_CCHC, RunKind.ANNUAL, "2025-07-01"), List.of());
        assertThat(d.organisation()).containsExactly("UBND THÀNH PHỐ CẦN THƠ", "SỞ CÔNG THƯƠNG");
        assertThat(d.placeDate()).isEqualTo("Cần Thơ, ngày 01 tháng 07 năm 2025");
        assertThat(d.title()).contains("Đề nghị tặng Giấy khen của Giám đốc Sở Công Thương thành phố Cần Thơ năm 2025");
        assertThat(words(d)).noneMatch(w -> w.contains("Sóc Trăng"));
    }

    @Test
    void aPhaseListAfterTheMergerNamesTheChairmanOfCanThoCity() {
        TableDocument d = new ProposalDocument(NAMES, NOBODY_NAMED).of(decided(AwardType.BANG_KHEN_CCHC, RunKind.PHASE, "2026-01-20"), List.of());
        assertThat(d.title().get(1)).startsWith("Đề nghị tặng Bằng khen của Chủ tịch UBND thành phố Cần Thơ giai đoạn 2021–2025");
    }

    @Test
    void theYearlyReportIsAddressedToTheCommitteeInForceOnItsRunsReferenceDate() {
        YearlyReport before = report(LocalDate.parse("2025-01-15"));
        YearlyReport after = report(LocalDate.parse("2026-01-15"));
        TableDocument d2024 = new YearlyReportDocument(NAMES).of(before);
        TableDocument d2025 = new YearlyReportDocument(NAMES).of(after);
        assertThat(d2024.title()).contains("Kính gửi: UBND tỉnh Sóc Trăng (qua Sở Nội vụ)");
        assertThat(d2024.placeDate()).startsWith("Sóc Trăng, ");
        assertThat(d2025.title()).contains("Kính gửi: UBND thành phố Cần Thơ (qua Sở Nội vụ)");
        assertThat(d2025.placeDate()).isEqualTo("Cần Thơ, ngày 15 tháng 01 năm 2026");
        assertThat(d2025.organisation()).containsExactly("UBND THÀNH PHỐ CẦN THƠ", "SỞ CÔNG THƯƠNG");
    }

    private static YearlyReport report(LocalDate reference) {
        return new YearlyReport(reference.getYear() - 1, new YearlyReport.RunRef(1L, reference), null, List.of(),
                java.util.Map.of(), List.of(), List.of());
    }
}
