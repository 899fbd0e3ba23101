package vn.thidua.eligibility.proposals;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rulesets.Organisation;
import vn.thidua.eligibility.rulesets.OrganisationNames;
import vn.thidua.eligibility.rulesets.Provision;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.rulesets.RuleSetVersions;
import vn.thidua.eligibility.runs.RunId;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.web.Language;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The proposal (Tờ trình) and the decision (Quyết định) of a proposal list, each with its attached
 * list, as {@link OfficialDocument}s: the names in force on the document's date, the legal documents
 * in force on the run's reference date as the grounds, people by full name and position.
 */
@Component
class OfficialDocuments {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The order grounds are cited in: laws, resolutions, decrees, circulars, decisions, plans. */
    private static final List<String> RANK = List.of("Luật", "Nghị quyết", "Nghị định", "Thông tư", "Quyết định", "Kế hoạch");
    private static final List<OfficialDocument.Column> COLUMNS = List.of(
            new OfficialDocument.Column("stt", "STT", 8),
            new OfficialDocument.Column("ten", "Họ và tên cá nhân / Tên tập thể", 26),
            new OfficialDocument.Column("don_vi", "Chức vụ, đơn vị công tác", 22),
            new OfficialDocument.Column("thanh_tich", "Tóm tắt thành tích", 44));

    private final OrganisationNames organisation;
    private final RunService runs;
    private final RuleSetVersions ruleSets;
    private final PeopleOnDocuments people;

    OfficialDocuments(OrganisationNames organisation, RunService runs, RuleSetVersions ruleSets, PeopleOnDocuments people) {
        this.organisation = organisation;
        this.runs = runs;
        this.ruleSets = ruleSets;
        this.people = people;
    }

    /**
     * The Office's Tờ trình asking the awarding authority to decide: dated the Council's meeting (else
     * the day the list was compiled), listing the entries the Council agreed, or all before it met.
     */
    OfficialDocument proposal(Proposal p) {
        LocalDate date = p.minutesDate != null ? p.minutesDate : p.createdAt.atZone(VIETNAM).toLocalDate();
        Organisation.Names names = organisation.on(date);
        RunSummary run = run(p);
        boolean phase = p.runKind == RunKind.PHASE;
        List<ProposalEntry> listed = p.minutesNo == null ? p.entries : p.agreed();
        String award = VietnameseWords.award(p.award, names);
        String addressee = phase ? names.chairman() : names.director();
        List<OfficialDocument.Article> body = new ArrayList<>();
        body.add(paragraph("Thực hiện " + VietnameseWords.MOVEMENT + ", căn cứ kết quả xét khen thưởng " + period(p)
                + " (xét " + VietnameseWords.date(run.referenceDate()) + ")"
                + (p.minutesNo == null ? "" : " và Biên bản họp Hội đồng Thi đua – Khen thưởng số " + p.minutesNo + " "
                + VietnameseWords.date(p.minutesDate)) + "."));
        body.add(paragraph((phase ? names.department() : "Văn phòng Sở") + " kính trình " + addressee + " xem xét, tặng "
                + award + " cho " + count(listed) + " đã có thành tích " + period(p) + " (có danh sách kèm theo)."));
        body.add(paragraph("Kính trình " + addressee + " xem xét, quyết định./."));
        OfficialDocument.AttachedList list = list(List.of("DANH SÁCH ĐỀ NGHỊ TẶNG " + awardName(p).toUpperCase(Language.VIETNAMESE),
                        period(p).toUpperCase(Language.VIETNAMESE)),
                "(Kèm theo Tờ trình số      /TTr-" + VietnameseWords.DEPARTMENT_SYMBOL + " " + VietnameseWords.date(date)
                        + " của " + names.department() + ")", p, listed);
        return new OfficialDocument(VietnameseWords.issuer(names), "      /TTr-" + VietnameseWords.DEPARTMENT_SYMBOL,
                VietnameseWords.placeDate(names, date), "TỜ TRÌNH",
                "Về việc đề nghị tặng " + award + " " + period(p), "", addressee,
                grounds(run), body, List.of("- Như trên;", "- Lưu: VT, VP."),
                new OfficialDocument.Signature(List.of(phase ? "GIÁM ĐỐC" : "CHÁNH VĂN PHÒNG"), PeopleOnDocuments.BLANK), list);
    }

    /**
     * The decision as recorded (number, date, signer), granting the entries the Council agreed — and
     * only those. Before the decision is recorded there is none.
     */
    OfficialDocument decision(Proposal p) {
        if (p.status != ProposalStatus.DECIDED) {
            throw new ProposalConflictException("Proposal " + p.id + " is " + p.status + ": its decision document exists once"
                    + " the decision is recorded (POST /api/proposals/" + p.id + "/decision)");
        }
        Organisation.Names names = organisation.on(p.decisionDate);
        RunSummary run = run(p);
        boolean phase = p.runKind == RunKind.PHASE;
        List<ProposalEntry> granted = p.agreed();
        String authority = phase ? names.chairman() : names.director();
        List<String> grounds = new ArrayList<>(grounds(run));
        grounds.add("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng số " + p.minutesNo + " "
                + VietnameseWords.date(p.minutesDate) + ";");
        grounds.add("Theo đề nghị của " + (phase ? "Giám đốc " + names.department() : "Chánh Văn phòng Sở") + ".");
        List<OfficialDocument.Article> articles = List.of(
                new OfficialDocument.Article("Điều 1.", "Tặng " + VietnameseWords.award(p.award, names) + " cho "
                        + count(granted) + " (có danh sách kèm theo) đã có thành tích trong " + VietnameseWords.MOVEMENT
                        + ", " + period(p) + "."),
                new OfficialDocument.Article("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."),
                new OfficialDocument.Article("Điều 3.", (phase
                        ? "Chánh Văn phòng " + names.committee() + ", Giám đốc Sở Nội vụ, Giám đốc " + names.department()
                        : "Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở")
                        + " và " + (phase ? "các cá nhân" : "các tập thể, cá nhân") + " có tên tại Điều 1 chịu trách nhiệm thi hành"
                        + " Quyết định này./."));
        String symbol = phase ? "UBND" : VietnameseWords.DEPARTMENT_SYMBOL;
        OfficialDocument.AttachedList list = list(List.of("DANH SÁCH " + (granted.stream().allMatch(e -> e.subjectType
                        == SubjectType.PERSON) ? "CÁ NHÂN" : "TẬP THỂ, CÁ NHÂN") + " ĐƯỢC TẶNG "
                        + awardName(p).toUpperCase(Language.VIETNAMESE), period(p).toUpperCase(Language.VIETNAMESE)),
                "(Kèm theo Quyết định số " + p.decisionNo + " " + VietnameseWords.date(p.decisionDate) + " của " + authority + ")",
                p, granted);
        return new OfficialDocument(phase ? List.of(names.committee().toUpperCase(Language.VIETNAMESE)) : VietnameseWords.issuer(names),
                p.decisionNo.contains("/") ? p.decisionNo : p.decisionNo + "/QĐ-" + symbol,
                VietnameseWords.placeDate(names, p.decisionDate), "QUYẾT ĐỊNH",
                "Về việc tặng " + awardName(p) + " " + period(p), authority.toUpperCase(Language.VIETNAMESE), "",
                grounds, articles, List.of("- Như Điều 3;", "- " + names.committee() + " (qua Sở Nội vụ);", "- Lưu: VT, VP."),
                people.signature(p.signer, phase ? "CHỦ TỊCH" : "GIÁM ĐỐC"), list);
    }

    /** The entries, in order, with the prose of what they achieved; an entry added by override is marked. */
    private OfficialDocument.AttachedList list(List<String> title, String caption, Proposal p, List<ProposalEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long overrides = entries.stream().filter(ProposalEntry::isOverride).count();
        for (ProposalEntry e : entries) {
            String name = e.subjectName;
            String achievement = e.achievement;
            if (e.isOverride()) {
                String mark = overrides == 1 ? "(*)" : "(*" + (notes.size() + 1) + ")";
                name += " " + mark;
                if (ProposalEntry.NONE_MET.equals(achievement)) {
                    achievement = Achievements.sentence(List.of(e.overrideReason));
                }
                notes.add(mark + " Đưa vào danh sách theo đề xuất của " + people.person(e.overrideBy) + " (ngoài kết quả xét: "
                        + VietnameseWords.outcome(e.engineOutcome).toLowerCase(Language.VIETNAMESE) + "); lý do: "
                        + e.overrideReason + ".");
            }
            rows.add(List.of(String.valueOf(rows.size() + 1), name,
                    e.subjectType == SubjectType.UNIT ? "Tập thể" : e.unitName == null ? "" : e.unitName, achievement));
        }
        notes.add("Tổng số: " + count(entries) + ".");
        notes.add("Người lập danh sách: " + people.person(p.createdBy) + ".");
        return new OfficialDocument.AttachedList(title, caption, COLUMNS, rows, notes);
    }

    /** The legal documents in force on the run's reference date, by the run's rule set, each once, laws first. */
    private List<String> grounds(RunSummary run) {
        Set<String> documents = new LinkedHashSet<>();
        ruleSets.find(run.ruleSetVersion()).map(RuleSetVersion::ruleSet).ifPresent(rules ->
                rules.provisions().inForce(run.referenceDate()).stream().map(Provision::document).forEach(documents::add));
        return documents.stream().sorted(Comparator.comparingInt(OfficialDocuments::rank))
                .map(d -> "Căn cứ " + d + ";").toList();
    }

    private static int rank(String document) {
        for (int i = 0; i < RANK.size(); i++) {
            if (document.startsWith(RANK.get(i))) {
                return i;
            }
        }
        return RANK.size();
    }

    private RunSummary run(Proposal p) {
        return runs.find(new RunId(p.runId)).orElseThrow(() -> new IllegalStateException("Proposal " + p.id
                + " names run " + p.runId + ", which is not stored"));
    }

    private static OfficialDocument.Article paragraph(String text) {
        return new OfficialDocument.Article("", text);
    }

    /** "1 tập thể và 2 cá nhân" */
    private static String count(List<ProposalEntry> entries) {
        long units = entries.stream().filter(e -> e.subjectType == SubjectType.UNIT).count();
        long persons = entries.size() - units;
        if (units == 0) {
            return persons + " cá nhân";
        }
        return persons == 0 ? units + " tập thể" : units + " tập thể và " + persons + " cá nhân";
    }

    private static String awardName(Proposal p) {
        return switch (p.award) {
            case GIAY_KHEN_CCHC -> "Giấy khen";
            case BANG_KHEN_CCHC -> "Bằng khen";
        };
    }

    /** "năm 2024", "giai đoạn 2021–2025" */
    private static String period(Proposal p) {
        return p.runKind == RunKind.PHASE ? "giai đoạn " + p.fromYear + "–" + p.awardYear : "năm " + p.awardYear;
    }
}
