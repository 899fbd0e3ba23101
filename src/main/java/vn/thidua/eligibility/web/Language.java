package vn.thidua.eligibility.web;

import java.util.List;
import java.util.Locale;

/** Explanations are Vietnamese unless the caller's Accept-Language prefers English. */
public final class Language {
    private static final List<Locale> OFFERED = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private Language() {
    }

    public static boolean english(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return best != null && best.getLanguage().equals("en");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
