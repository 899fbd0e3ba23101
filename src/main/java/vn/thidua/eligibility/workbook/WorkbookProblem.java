package vn.thidua.eligibility.workbook;

import java.util.List;

/**
 * One reason a workbook cannot be imported, placed where staff look for it. The text is the
 * pages' to write in the page's language: {@code code} names it and {@code args} fill it in.
 *
 * @param sheet   the sheet's name, or null for the whole file
 * @param row     the row number as Excel shows it (1 is the headings), or 0 for the whole sheet
 * @param cell    the cell's reference, e.g. {@code E14}, or null for the whole row or sheet
 * @param heading the heading of the cell's column as the template has it, or null
 * @param code    what is wrong: {@code emptyFile}, {@code notWorkbook}, {@code oldExcel}, {@code unknownSheet}, {@code noHeadings},
 *                {@code heading}, {@code missingHeading}, {@code extraColumn}, {@code tooManyRows},
 *                {@code textInNumber}, {@code numberInDate}, {@code notADate}, {@code impossibleDate},
 *                {@code errorValue}, {@code notAChoice}, or {@code fact} (the import's own check: its message, a
 *                {@code web.Text}, is the argument)
 * @param args    the values the text names: as the workbook shows them, or a limit as a number
 */
public record WorkbookProblem(String sheet, int row, String cell, String heading, String code, List<Object> args) {

    public WorkbookProblem {
        args = List.copyOf(args);
    }

    static WorkbookProblem ofFile(String code, Object... args) {
        return new WorkbookProblem(null, 0, null, null, code, List.of(args));
    }
}
