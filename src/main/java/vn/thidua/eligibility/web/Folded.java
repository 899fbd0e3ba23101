package vn.thidua.eligibility.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for a search that ignores case and Vietnamese diacritics, so that "nguyen van a" finds
 * "Nguyễn Văn A" and "dang" finds "Đặng".
 */
public final class Folded {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folded() {
    }

    /** Lower case without marks; đ is a letter of its own, not d with a mark, so it is folded by hand. */
    public static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
