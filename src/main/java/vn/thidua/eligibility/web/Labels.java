package vn.thidua.eligibility.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of things whose codes come from the rules and the facts (conditions, kinds of fact, their
 * fields): a rule set may add codes the pages do not know yet, so an unknown code shows as itself.
 */
@Component("labels")
public class Labels {
    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String condition(String code) {
        return of("condition." + code, code);
    }

    public String of(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
