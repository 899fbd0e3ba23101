package vn.thidua.eligibility.proposals;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rulesets.Organisation;
import vn.thidua.eligibility.rulesets.OrganisationNames;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The proposal list (danh sách đề nghị khen thưởng) as the Office files it: one row per entry, with
 * the achievement the run found, its legal basis, the Council's result and the notes — where an
 * override, and a revocation, are written out in words.
 */
@Component
class ProposalDocument {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<TableDocument.Column> COLUMNS = List.of(
            new TableDocument.Column("STT", 5),
            new TableDocument.Column("Họ và tên cá nhân / Tên tập thể", 22),
            new TableDocument.Column("Chức vụ, đơn vị công tác", 20),
            new TableDocument.Column("Hình thức khen thưởng đề nghị", 18),
            new TableDocument.Column("Tóm tắt thành tích", 45),
            new TableDocument.Column("Căn cứ", 28),
            new TableDocument.Column("Kết quả xét của Hội đồng TĐKT", 18),
            new TableDocument.Column("Ghi chú", 28));

    private final OrganisationNames organisation;
    private final PeopleOnDocuments people;

    ProposalDocument(OrganisationNames organisation, PeopleOnDocuments people) {
        this.organisation = organisation;
        this.people = people;
    }

    /** The names printed are those in force on the list's date (the decision's, else the Council's, else the day compiled). */
    TableDocument of(Proposal p, List<Revocation> revocations) {
        LocalDate date = documentDate(p);
        Organisation.Names names = organisation.on(date);
        Map<SubjectKey, Revocation> revoked = revocations.stream()
                .collect(Collectors.toMap(r -> new SubjectKey(r.subjectType(), r.subjectCode()), Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (ProposalEntry e : p.entries) {
            rows.add(List.of(rows.size() + 1, e.subjectName,
                    e.subjectType == SubjectType.UNIT ? "Tập thể" : e.unitName == null ? "" : e.unitName,
                    VietnameseWords.award(p.award, names), e.achievement, e.legalBasis,
                    VietnameseWords.council(e.councilResult, e.councilReason), notes(p, e, revoked.get(e.key()))));
        }
        long units = p.entries.stream().filter(e -> e.subjectType == SubjectType.UNIT).count();
        List<String> footer = new ArrayList<>();
        footer.add("Tổng số: " + p.entries.size() + " (tập thể: " + units + ", cá nhân: " + (p.entries.size() - units) + ")"
                + (p.minutesNo == null ? "" : "; Hội đồng đồng ý: " + p.agreed().size()));
        footer.add("Người lập danh sách: " + people.person(p.createdBy));
        return new TableDocument(VietnameseWords.issuer(names), VietnameseWords.placeDate(names, date), title(p, names),
                List.of(new TableDocument.Table(null, COLUMNS, rows)), footer);
    }

    private List<String> title(Proposal p, Organisation.Names names) {
        List<String> lines = new ArrayList<>();
        lines.add("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" + switch (p.status) {
            case DRAFT -> " (DỰ THẢO)";
            case UNDER_REVIEW -> " (TRÌNH HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG)";
            case DECIDED -> "";
        });
        lines.add(p.runKind == RunKind.PHASE
                ? "Đề nghị tặng " + VietnameseWords.award(p.award, names) + " giai đoạn " + p.fromYear + "–" + p.awardYear
                  + " (chỉ tiêu: " + p.quota + ")"
                : "Đề nghị tặng " + VietnameseWords.award(p.award, names) + " năm " + p.awardYear);
        lines.add(VietnameseWords.MOVEMENT);
        if (p.minutesNo != null) {
            lines.add("Theo Biên bản họp Hội đồng Thi đua – Khen thưởng số " + p.minutesNo + " "
                    + VietnameseWords.date(p.minutesDate));
        }
        if (p.status == ProposalStatus.DECIDED) {
            lines.add("(Kèm theo Quyết định số " + p.decisionNo + " " + VietnameseWords.date(p.decisionDate)
                    + " của " + people.signer(p.signer) + ")");
        }
        return lines;
    }

    private String notes(Proposal p, ProposalEntry e, Revocation revocation) {
        List<String> notes = new ArrayList<>();
        if (e.note != null) {
            notes.add(e.note);
        }
        if (p.runKind == RunKind.PHASE && e.engineRank != null) {
            notes.add("Xếp hạng " + e.engineRank + " – " + VietnameseWords.outcome(e.engineOutcome).toLowerCase());
        }
        if (e.isOverride()) {
            notes.add("Đề nghị bổ sung ngoài kết quả xét (kết quả xét: " + VietnameseWords.outcome(e.engineOutcome)
                    + "); người đề nghị: " + people.person(e.overrideBy) + "; lý do: " + e.overrideReason);
        }
        if (revocation != null) {
            notes.add("Đã thu hồi" + (revocation.revocationNo() == null ? "" : " theo Quyết định số " + revocation.revocationNo()
                    + " " + VietnameseWords.date(revocation.revocationDate())) + "; lý do: " + revocation.reason());
        }
        return String.join(". ", notes);
    }

    /** The date the list bears: the decision's, else the Council's meeting, else the day it was compiled. */
    private LocalDate documentDate(Proposal p) {
        if (p.decisionDate != null) {
            return p.decisionDate;
        }
        if (p.minutesDate != null) {
            return p.minutesDate;
        }
        return p.createdAt.atZone(VIETNAM).toLocalDate();
    }
}
