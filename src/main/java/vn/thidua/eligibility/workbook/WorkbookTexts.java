package vn.thidua.eligibility.workbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A workbook problem in the page's words ({@code workbook.problem.<code>}), for the templates. */
@Component("workbookTexts")
class WorkbookTexts {
    private final MessageSource messages;

    WorkbookTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String problem(WorkbookProblem problem) {
        return messages.getMessage("workbook.problem." + problem.code(), problem.args().toArray(),
                problem.code() + " " + problem.args(), LocaleContextHolder.getLocale());
    }
}
