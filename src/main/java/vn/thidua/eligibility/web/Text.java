package vn.thidua.eligibility.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message said by its key in the message bundle ({@code i18n/messages*.properties}) and the values
 * it names, so that each reader gets it in their language: the API in English, as it always answered,
 * a Vietnamese page in Vietnamese. A value may itself be a {@code Text} (a phrase worded in the same
 * language). Other values are shown as they were given ({@code toString}), never re-formatted: they
 * echo the caller's input.
 */
public record Text(String key, List<Object> args) implements MessageSourceResolvable {
    /** The same bundle the pages read, for code that words a message outside a request (validators, documents). */
    private static final ResourceBundleMessageSource BUNDLE = bundle();

    public Text {
        args = args.stream().map(a -> a instanceof Text ? a : (Object) String.valueOf(a)).toList();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The text in English: the API's wording of a problem. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    public String in(Locale locale) {
        return BUNDLE.getMessage(this, locale);
    }

    /** The text, or {@code fallback} where the bundle has no such key (a name it need not know). */
    public String in(Locale locale, String fallback) {
        return BUNDLE.getMessage(key, getArguments(), fallback, locale);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
