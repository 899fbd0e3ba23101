package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Outcome;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the documents say things, as an office writes them. */
final class VietnameseWords {
    static final String DEPARTMENT = "SỞ CÔNG THƯƠNG";
    static final String PROVINCE_COMMITTEE = "UBND TỈNH SÓC TRĂNG";
    static final String MOVEMENT = "Phong trào thi đua cải cách hành chính giai đoạn 2021–2030";
    static final String PLACE = "Sóc Trăng";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    private VietnameseWords() {
    }

    /** "ngày 05 tháng 01 năm 2025" */
    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String award(AwardType award) {
        return switch (award) {
            case GIAY_KHEN_CCHC -> "Giấy khen của Giám đốc Sở Công Thương";
            case BANG_KHEN_CCHC -> "Bằng khen của Chủ tịch UBND tỉnh";
        };
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case ELIGIBLE -> "Đủ điều kiện";
            case NOT_ELIGIBLE -> "Chưa đủ điều kiện";
            case UNDETERMINED -> "Chưa xác định được (thiếu dữ liệu)";
            case DEFERRED -> "Chưa khen thưởng — xem xét lại ở lần xét sau";
            case EXCLUDED -> "Thuộc trường hợp không khen thưởng";
            case PROPOSED -> "Trong chỉ tiêu";
            case TIED_AT_QUOTA -> "Đồng hạng tại chỉ tiêu";
            case RESERVE -> "Ngoài chỉ tiêu";
        };
    }

    static String council(CouncilResult result, String reason) {
        if (result == null) {
            return "";
        }
        return result == CouncilResult.AGREED ? "Đồng ý" : "Không đồng ý: " + reason;
    }
}
