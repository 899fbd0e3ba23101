package vn.thidua.eligibility.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The glossary: the one way from a code to the words a page or a document shows for it, read from
 * the message bundle ({@code i18n/messages*.properties}). A code's key is its set and the code,
 * {@code <set>.<CODE>} (the sets are listed in the package documentation), so templates read the
 * same key with {@code #{outcome.NOT_ELIGIBLE}} and Java with {@code labels.code("outcome", value)}.
 * A rule set may add codes the pages do not know yet, so an unknown code shows as itself.
 */
@Component("labels")
public class Labels {
    /** The outcome of a decision ({@code Outcome}). */
    public static final String OUTCOME = "outcome";
    /**
     * Every other value the rules' facts carry (subject types, run kinds, award types, kinds of
     * discipline, exclusion and deferral codes, gender, person categories, rating levels).
     */
    public static final String FACT_VALUE = "enum";
    /** What the audit log records ({@code RUN_COMPLETED} …): a sentence pattern per event, {0} who (AuditSentences). */
    public static final String AUDIT_EVENT = "audit.event";

    /** The bundle read without Spring, for what is always Vietnamese: documents and records kept as text. */
    private static final ResourceBundle VIETNAMESE_BUNDLE = ResourceBundle.getBundle("i18n.messages", Language.VIETNAMESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String condition(String code) {
        return code("condition", code);
    }

    /** The label of {@code code} in the set {@code set}, in the page's language; the code itself when it has none. */
    public String code(String set, Object code) {
        return code(set, code, LocaleContextHolder.getLocale());
    }

    public String code(String set, Object code, Locale locale) {
        if (code == null) {
            return "";
        }
        String value = code.toString();
        return messages.getMessage(set + "." + value, null, value, locale);
    }

    /** A subject as the rules name it, "UNIT:KH", in words: "Tập thể KH". */
    public String subject(String reference) {
        int colon = reference == null ? -1 : reference.indexOf(':');
        return colon < 0 ? String.valueOf(reference)
                : code(FACT_VALUE, reference.substring(0, colon)) + " " + reference.substring(colon + 1);
    }

    /** The Vietnamese label of {@code code} in {@code set}, for code that has no page's locale (documents, a proposal's history). */
    public static String inVietnamese(String set, Object code) {
        if (code == null) {
            return "";
        }
        String key = set + "." + code;
        return VIETNAMESE_BUNDLE.containsKey(key) ? VIETNAMESE_BUNDLE.getString(key) : code.toString();
    }

    public String of(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
