package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.web.ApiError;
import org.apache.poi.ss.util.CellReference;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workbook turned into a fact bundle, with the row each record came from so that the import's
 * errors, which name bundle paths, can be shown at their cells.
 *
 * @param bundle     the bundle as JSON
 * @param rows       per sheet, the Excel row number of each record, in bundle order
 * @param names      per sheet, its name as the file has it (the template's, or the earlier template's)
 * @param problems   what could not be read, cell by cell, in reading order
 * @param unreadable whether a problem concerns the file or a sheet as a whole (not a workbook, wrong
 *                   headings, too many rows): then the bundle is incomplete and not worth checking
 */
record ConvertedWorkbook(byte[] bundle, Map<FactSheet, List<Integer>> rows, Map<FactSheet, String> names,
                         List<WorkbookProblem> problems,
                         boolean unreadable) {
    /** {@code criteria[12].score}, {@code criteria[12]}, {@code criteria} or {@code $}. */
    private static final Pattern PATH = Pattern.compile("(\\w+)(?:\\[(\\d+)](?:\\.(\\w+))?)?");

    /** An error of the import, at the sheet, row and cell it points to. */
    WorkbookProblem locate(ApiError.Detail error) {
        Matcher path = PATH.matcher(error.path());
        FactSheet sheet = path.matches() ? FactSheet.named(path.group(1)).orElse(null) : null;
        if (sheet == null) {
            return WorkbookProblem.ofFile("fact", wording(error));
        }
        List<Integer> sheetRows = rows.getOrDefault(sheet, List.of());
        int row = path.group(2) == null || Integer.parseInt(path.group(2)) >= sheetRows.size() ? 0
                : sheetRows.get(Integer.parseInt(path.group(2)));
        Column column = path.group(3) == null ? null : sheet.column(path.group(3)).orElse(null);
        String cell = column == null || row == 0 ? null
                : CellReference.convertNumToColString(sheet.columns().indexOf(column)) + row;
        return new WorkbookProblem(names.getOrDefault(sheet, sheet.sheetName()), row, cell, column == null ? null : column.heading(), "fact",
                List.of(wording(error)));
    }

    /** The import's message by its key, for the page to word in its language; as given if it has none. */
    private static Object wording(ApiError.Detail error) {
        return error.text() != null ? error.text() : error.message();
    }
}
