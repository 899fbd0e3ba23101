package vn.thidua.eligibility.workbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * A workbook problem in the page's words ({@code workbook.problem.<code>}), for the templates: with
 * the place it is at ("Trang tính 'Hồ sơ TTHC', dòng 12, cột 'Ngày hẹn trả': …"), so that the
 * sentence says where even when read alone.
 */
@Component("workbookTexts")
class WorkbookTexts {
    private final MessageSource messages;

    WorkbookTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String problem(WorkbookProblem problem) {
        Locale locale = LocaleContextHolder.getLocale();
        String what = messages.getMessage("workbook.problem." + problem.code(), problem.args().toArray(),
                problem.code() + " " + problem.args(), locale);
        if (problem.sheet() == null) {
            return what;
        }
        String where = problem.row() == 0 ? "workbook.at.sheet" : problem.heading() == null ? "workbook.at.row" : "workbook.at.cell";
        return messages.getMessage(where, new Object[] {problem.sheet(), String.valueOf(problem.row()),
                problem.heading(), what}, locale);
    }
}
