package vn.thidua.eligibility.web;

import java.util.List;
import java.util.Locale;

/** Explanations are Vietnamese unless the caller's Accept-Language prefers English. */
public final class Language {
    private static final List<Locale> OFFERED = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private Language() {
    }

    /** The pages' locale (chosen with {@code ?lang=}) asks for English. */
    public static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
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
