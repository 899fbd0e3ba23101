package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.JsonNode;
import vn.thidua.eligibility.runs.DecisionView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The achievement column of a decision's list as a person writes it ("Có 9/10 tiêu chí năm 2024 đạt
 * tròn điểm chuẩn; không có hồ sơ thủ tục hành chính trễ hạn"), from the measured values of each
 * condition the run found met — not the rule's formula. A condition this class does not know (a rule
 * an administrator added) is told by its own Vietnamese detail.
 */
final class Achievements {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Achievements() {
    }

    /** The prose of the conditions met, and the rank of a phase; empty when none was met. */
    static String of(DecisionView d) {
        List<String> parts = new ArrayList<>();
        for (DecisionView.Condition c : d.conditions()) {
            if (Boolean.TRUE.equals(c.met())) {
                parts.add(prose(c));
            }
        }
        if (d.rank() != null) {
            parts.add("xếp hạng " + d.rank() + " trong số người đủ điều kiện của giai đoạn");
        }
        return sentence(parts);
    }

    /** "A; b; c." with the first letter in capitals. */
    static String sentence(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        String s = String.join("; ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }

    private static String prose(DecisionView.Condition c) {
        JsonNode v = c.values();
        if (v == null || v.isMissingNode() || v.isNull()) {
            return c.detail();
        }
        return switch (c.code()) {
            case "U1" -> "có " + v.path("full").asInt() + "/" + v.path("total").asInt() + " tiêu chí năm "
                    + v.path("year").asInt() + " đạt tròn điểm chuẩn (" + percent(v.path("share")) + ")";
            case "U2" -> "tỷ lệ điểm đạt năm " + v.path("year").asInt() + " là " + percent(v.path("attainment"))
                    + ", cao hơn năm " + v.path("previousYear").asInt() + " (" + percent(v.path("previousAttainment")) + ")";
            case "U3" -> schedule(v);
            case "P1" -> initiatives(v.path("counted"));
            case "P2" -> improvements(v);
            case "PH_A" -> "được tặng Giấy khen cải cách hành chính " + v.path("count").asInt() + " năm trong giai đoạn "
                    + v.path("from").asInt() + "–" + v.path("to").asInt() + " (" + years(v.path("years")) + ")";
            case "PH_D" -> "hoàn thành xuất sắc nhiệm vụ các năm " + years(v.path("htxsnvYears"))
                    + ", trong đó " + v.path("consecutiveYears").asInt() + " năm liền nhau có ít nhất "
                    + v.path("minInitiatives").asInt() + " sáng kiến được công nhận";
            default -> c.detail();
        };
    }

    private static String schedule(JsonNode v) {
        List<String> parts = new ArrayList<>();
        if (v.path("onSchedule").asBoolean()) {
            parts.add("hoàn thành đúng hạn " + v.path("tasks").asInt() + " nhiệm vụ Ủy ban nhân dân tỉnh giao");
        }
        if (v.path("noLateDossier").asBoolean()) {
            int dossiers = v.path("dossiers").asInt();
            parts.add(dossiers == 0 ? "không có hồ sơ thủ tục hành chính trễ hạn"
                    : "không có hồ sơ thủ tục hành chính trễ hạn (" + dossiers + " hồ sơ đến hạn)");
        }
        return String.join("; ", parts);
    }

    private static String initiatives(JsonNode counted) {
        StringJoiner titles = new StringJoiner(", ");
        for (JsonNode i : counted) {
            String recognised = i.path("recognizedOn").asText("");
            titles.add("“" + i.path("title").asText() + "”"
                    + (recognised.isEmpty() ? "" : " (công nhận ngày " + DATE.format(LocalDate.parse(recognised)) + ")"));
        }
        return (counted.size() == 1 ? "có sáng kiến cải cách hành chính được công nhận: "
                : "có " + counted.size() + " sáng kiến cải cách hành chính được công nhận: ") + titles;
    }

    private static String improvements(JsonNode v) {
        StringJoiner items = new StringJoiner(", ");
        for (JsonNode i : v.path("improved")) {
            JsonNode now = i.path("item");
            JsonNode before = i.path("previous");
            items.add(now.path("code").asText() + " “" + now.path("name").asText() + "” từ " + number(before.path("score"))
                    + "/" + number(before.path("maxScore")) + " lên " + number(now.path("score")) + "/"
                    + number(now.path("maxScore")) + " điểm");
        }
        return "phụ trách tiêu chí có điểm năm " + v.path("year").asInt() + " cao hơn năm " + v.path("previousYear").asInt()
                + ": " + items;
    }

    /** "2022, 2023" */
    private static String years(JsonNode years) {
        StringJoiner out = new StringJoiner(", ");
        years.forEach(y -> out.add(y.asText()));
        return out.toString();
    }

    /** A ratio {numerator, denominator} as people read it: "93,02%". */
    private static String percent(JsonNode ratio) {
        BigDecimal denominator = ratio.path("denominator").decimalValue();
        if (denominator.signum() == 0) {
            return "0%";
        }
        BigDecimal share = ratio.path("numerator").decimalValue().multiply(BigDecimal.valueOf(100))
                .divide(denominator, 2, RoundingMode.HALF_UP);
        return number(share) + "%";
    }

    private static String number(JsonNode n) {
        return number(n.decimalValue());
    }

    private static String number(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return f.format(n);
    }
}
