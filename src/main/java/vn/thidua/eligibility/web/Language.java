package vn.thidua.eligibility.web;

import java.util.List;
import java.util.Locale;

/** Explanations are Vietnamese unless the caller's Accept-Language prefers English. */
public final class Language {
    /** The service's language: documents, and everything a caller does not ask in English. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> OFFERED = List.of(VIETNAMESE, Locale.ENGLISH);

    private Language() {
    }

    /** The pages' locale (chosen with {@code ?lang=}) asks for English. */
    public static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    /** The language to explain in, from an {@code Accept-Language} header: English when preferred, else Vietnamese. */
    public static Locale of(String acceptLanguage) {
        return english(acceptLanguage) ? Locale.ENGLISH : VIETNAMESE;
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
