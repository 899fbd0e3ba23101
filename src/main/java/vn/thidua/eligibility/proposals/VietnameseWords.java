package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.Labels;
import vn.thidua.eligibility.web.Language;
import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;

import vn.thidua.eligibility.rulesets.Organisation;

import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeFormatter;

/**
 * How the documents say things, as an office writes them. The organisation's names and awarding
 * authorities are those in force on the document's date (organisation.yaml of the rule set).
 */
final class VietnameseWords {
    static final String DEPARTMENT = "SỞ CÔNG THƯƠNG";
    /** The Department's part of a document's symbol: "15/QĐ-SCT". */
    static final String DEPARTMENT_SYMBOL = "SCT";
    static final String MOVEMENT = "Phong trào thi đua cải cách hành chính giai đoạn 2021–2030";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    private VietnameseWords() {
    }

    /** "ngày 05 tháng 01 năm 2025" */
    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Giấy khen của Giám đốc Sở Công Thương tỉnh Sóc Trăng": the authority in force on the names' date. */
    static String award(AwardType award, Organisation.Names names) {
        return switch (award) {
            case GIAY_KHEN_CCHC -> "Giấy khen của " + names.director();
            case BANG_KHEN_CCHC -> "Bằng khen của " + names.chairman();
        };
    }

    /** The issuing body, top left: the governing committee, then the Department ("UBND TỈNH SÓC TRĂNG", "SỞ CÔNG THƯƠNG"). */
    static List<String> issuer(Organisation.Names names) {
        return List.of(names.committee().toUpperCase(Language.VIETNAMESE), DEPARTMENT);
    }

    /** "Sóc Trăng, ngày 20 tháng 01 năm 2025" */
    static String placeDate(Organisation.Names names, LocalDate date) {
        return names.place() + ", " + date(date);
    }

    static String outcome(Outcome outcome) {
        return Labels.inVietnamese(Labels.OUTCOME, outcome);
    }

    static String council(CouncilResult result, String reason) {
        if (result == null) {
            return "";
        }
        return result == CouncilResult.AGREED ? "Đồng ý" : "Không đồng ý: " + reason;
    }
}
