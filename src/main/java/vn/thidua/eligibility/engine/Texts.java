package vn.thidua.eligibility.engine;

import vn.thidua.eligibility.model.AwardType;
import vn.thidua.eligibility.model.Coded;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Gender;
import vn.thidua.eligibility.model.Improvement;
import vn.thidua.eligibility.model.Ratio;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a rule's text template ({@code "{full}/{total} items at full score = {share}"}) with its
 * measured values, written the way each language writes them: 83,33% and 15/01/2025 in
 * Vietnamese, 83.33% and 2025-01-15 in English. Ratios are shown as percentages.
 */
final class Texts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    /** {@code {param:unit.fullScoreShare.min}}, optionally {@code |percent} or {@code |number}. */
    static final Pattern PARAMETER = Pattern.compile("\\{param:([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)(?:\\|(percent|number))?}");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static String render(String template, Map<String, Object> values, boolean vietnamese) {
        if (template == null) {
            return values.entrySet().stream().map(e -> e.getKey() + "=" + format(e.getValue(), vietnamese))
                    .collect(Collectors.joining(", "));
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String text = values.containsKey(name) ? format(values.get(name), vietnamese) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Fills a rule's name, description or text template with the parameters in force: a decimal as a
     * percentage (the rule set's decimals are shares; {@code |number} writes it as a number), an
     * integer as a number, a date, a flag as yes or no. An unknown parameter is left as written.
     */
    static String parameters(String template, Map<String, Object> parameters, boolean vietnamese) {
        if (template == null || !template.contains("{param:")) {
            return template;
        }
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = parameters.get(m.group(1));
            String text = value == null ? m.group()
                    : value instanceof BigDecimal d && !"number".equals(m.group(2)) ? format(Ratio.of(d, BigDecimal.ONE), vietnamese)
                    : value instanceof Integer i && "percent".equals(m.group(2)) ? i + "%"
                    : format(value, vietnamese);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String format(Object v, boolean vi) {
        if (v == null) {
            return vi ? "(không xác định)" : "(not set)";
        }
        if (v instanceof AwardType a) {
            return switch (a) {
                case GIAY_KHEN_CCHC -> vi ? "Giấy khen CCHC của Giám đốc Sở" : "the Director's CCHC Giấy khen";
                case BANG_KHEN_CCHC -> vi ? "Bằng khen CCHC của UBND cấp tỉnh" : "the provincial-level People's Committee's CCHC Bằng khen";
            };
        }
        if (v instanceof Gender g) {
            return switch (g) {
                case FEMALE -> vi ? "nữ" : "woman";
                case MALE -> vi ? "nam" : "man";
            };
        }
        if (v instanceof Ratio r) {
            return decimal(r.approximate(4).movePointRight(2), vi) + "%";
        }
        if (v instanceof BigDecimal d) {
            return decimal(d, vi);
        }
        if (v instanceof LocalDate d) {
            return vi ? d.format(VI_DATE) : d.toString();
        }
        if (v instanceof Boolean b) {
            return vi ? (b ? "có" : "không") : (b ? "yes" : "no");
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? (vi ? "không có" : "none")
                    : c.stream().map(x -> format(x, vi)).collect(Collectors.joining(", "));
        }
        if (v instanceof Improvement i) {
            return i.getItem().getCode() + " (" + score(i.getPrevious(), vi) + " → " + score(i.getItem(), vi) + ")";
        }
        if (v instanceof Coded c) {
            return c.getCode();
        }
        return String.valueOf(v);
    }

    private static String score(Criterion c, boolean vi) {
        return decimal(c.getScore(), vi) + "/" + decimal(c.getMaxScore(), vi);
    }

    private static String decimal(BigDecimal d, boolean vi) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(vi ? Locale.forLanguageTag("vi-VN") : Locale.US));
        f.setMaximumFractionDigits(4);
        return f.format(d.stripTrailingZeros());
    }
}
