package vn.thidua.eligibility.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and numbers as the Department writes them, for the templates ({@code ${@formats.date(d)}}):
 * dates dd/MM/yyyy in both languages, numbers with the separators of the page's language
 * (1.234,5 in Vietnamese). Times are shown in Vietnam's time zone, where the Department works.
 */
@Component("formats")
public class PageFormats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    public String number(Number number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(4);
        return format.format(number instanceof BigDecimal exact ? exact : number);
    }

    /** A share as people read it: 0.8 is "80%", 0.8746 "87,46%". */
    public String share(BigDecimal share) {
        if (share == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(share);
    }

    /**
     * A ratio as people read it: a share of one as a percentage ("80%", not "0,8/1"); any other as
     * the two numbers and their percentage ("7/8 = 87,5%").
     */
    public String ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.compareTo(BigDecimal.ONE) == 0) {
            return share(numerator);
        }
        String both = number(numerator) + "/" + number(denominator);
        return denominator.signum() == 0 ? both
                : both + " = " + share(numerator.divide(denominator, 6, RoundingMode.HALF_EVEN));
    }

    /** A whole percentage of part in whole, e.g. "70%"; 0% of nothing. */
    public String percent(int part, int whole) {
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        return format.format(whole == 0 ? 0 : (double) part / whole);
    }
}
