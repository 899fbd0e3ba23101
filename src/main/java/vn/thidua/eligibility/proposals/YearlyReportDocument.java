package vn.thidua.eligibility.proposals;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.rulesets.Organisation;
import vn.thidua.eligibility.rulesets.OrganisationNames;

import java.util.ArrayList;
import java.util.List;

/** The yearly report as the Department sends it to the Provincial People's Committee through Sở Nội vụ. */
@Component
class YearlyReportDocument {
    private static final List<TableDocument.Column> UNITS = List.of(
            new TableDocument.Column("STT", 5), new TableDocument.Column("Đơn vị", 30),
            new TableDocument.Column("Kết quả xét tập thể", 20), new TableDocument.Column("Cá nhân đủ điều kiện", 12),
            new TableDocument.Column("Cá nhân chưa đủ điều kiện", 12),
            new TableDocument.Column("Cá nhân chưa xác định được (thiếu dữ liệu)", 13),
            new TableDocument.Column("Cá nhân chưa khen thưởng, xét lại sau", 13),
            new TableDocument.Column("Cá nhân thuộc trường hợp không khen thưởng", 14));
    private static final List<TableDocument.Column> AWARDS = List.of(
            new TableDocument.Column("STT", 5), new TableDocument.Column("Tập thể / cá nhân", 30),
            new TableDocument.Column("Hình thức khen thưởng", 30), new TableDocument.Column("Quyết định", 34));
    private static final List<TableDocument.Column> COMPARISON = List.of(
            new TableDocument.Column("Chỉ tiêu", 34), new TableDocument.Column("Năm báo cáo", 14),
            new TableDocument.Column("Năm trước", 14), new TableDocument.Column("Tăng (+) / giảm (−)", 16));

    private final OrganisationNames organisation;

    YearlyReportDocument(OrganisationNames organisation) {
        this.organisation = organisation;
    }

    /** Dated by the run's reference date, with the names in force then; each award with its authority on its decision's date. */
    TableDocument of(YearlyReport report) {
        Organisation.Names names = organisation.on(report.run().referenceDate());
        List<List<Object>> units = new ArrayList<>();
        for (YearlyReport.UnitLine u : report.units()) {
            units.add(List.of(units.size() + 1, u.unitName(),
                    u.unitOutcome() == null ? "" : VietnameseWords.outcome(u.unitOutcome()),
                    u.people().get(Outcome.ELIGIBLE), u.people().get(Outcome.NOT_ELIGIBLE),
                    u.people().get(Outcome.UNDETERMINED), u.people().get(Outcome.DEFERRED), u.people().get(Outcome.EXCLUDED)));
        }
        List<List<Object>> awards = new ArrayList<>();
        for (YearlyReport.Award a : report.awards()) {
            awards.add(List.of(awards.size() + 1, (a.subjectType() == SubjectType.UNIT ? "Tập thể " : "") + a.subjectName(),
                    VietnameseWords.award(a.award(), a.decisionDate() == null ? names : organisation.on(a.decisionDate())), "Số " + a.decisionNo() + " " + VietnameseWords.date(a.decisionDate())));
        }
        List<List<Object>> comparison = new ArrayList<>();
        for (YearlyReport.Comparison c : report.comparison()) {
            comparison.add(List.of(c.label(), c.current(), c.previous() == null ? "" : c.previous(),
                    c.change() == null ? "" : c.change()));
        }
        return new TableDocument(VietnameseWords.issuer(names),
                VietnameseWords.placeDate(names, report.run().referenceDate()),
                List.of("BÁO CÁO KẾT QUẢ KHEN THƯỞNG NĂM " + report.year(), VietnameseWords.MOVEMENT,
                        "Kính gửi: " + names.committee() + " (qua Sở Nội vụ)"),
                List.of(new TableDocument.Table("I. Kết quả xét theo đơn vị (đợt xét số " + report.run().id() + ")", UNITS, units),
                        new TableDocument.Table("II. Khen thưởng năm " + report.year(), AWARDS, awards),
                        new TableDocument.Table("III. So sánh với năm " + (report.year() - 1), COMPARISON, comparison)),
                List.of());
    }
}
