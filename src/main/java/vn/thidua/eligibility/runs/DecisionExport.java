package vn.thidua.eligibility.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.web.Text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A run's decisions as CSV or as an .xlsx sheet, row by row as the database streams them: memory does
 * not grow with the run (the sheet keeps {@value #XLSX_WINDOW} rows in memory and the rest in POI's
 * temporary file until it is written). The header is in the request's language; codes (outcomes,
 * conditions, exclusions) stay codes, for machines and spreadsheet filters.
 */
@Component
class DecisionExport {
    private static final List<String> COLUMNS = List.of("subjectType", "subjectCode", "subjectName", "unitCode", "award",
            "outcome", "rank", "met", "notMet", "undetermined", "exclusions", "deferrals");
    private static final int RANK = COLUMNS.indexOf("rank");
    private static final int XLSX_WINDOW = 200;

    private final DecisionQueries queries;
    private final ObjectMapper json;

    DecisionExport(DecisionQueries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /** RFC 4180, UTF-8 with a byte order mark so that Excel reads Vietnamese. */
    void csv(RunId run, DecisionFilter filter, DecisionSort sort, boolean descending, Locale locale, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        Consumer<List<String>> line = cells -> {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(cell(cells.get(i)));
                }
                w.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        line.accept(header(locale));
        rows(run, filter, sort, descending, line);
        w.flush();
    }

    void xlsx(RunId run, DecisionFilter filter, DecisionSort sort, boolean descending, Locale locale, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(Text.of("decisions.xlsx.sheet").in(locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] next = {0};
            Row head = sheet.createRow(next[0]++);
            List<String> header = header(locale);
            for (int i = 0; i < header.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            rows(run, filter, sort, descending, cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i);
                    if (v.isEmpty()) {
                        continue;
                    }
                    // a text cell is never a formula: what a name holds stays text
                    if (i == RANK) {
                        row.createCell(i).setCellValue(Integer.parseInt(v));
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static List<String> header(Locale locale) {
        return COLUMNS.stream().map(c -> Text.of("decisions.csv." + c).in(locale)).toList();
    }

    private void rows(RunId run, DecisionFilter filter, DecisionSort sort, boolean descending, Consumer<List<String>> row) {
        queries.each(run, filter, sort, descending, rs -> {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            cells.add(rs.getString("subject_type"));
            cells.add(rs.getString("subject_code"));
            cells.add(rs.getString("subject_name"));
            cells.add(nonNull(rs.getString("unit_code")));
            cells.add(rs.getString("award"));
            cells.add(rs.getString("outcome"));
            Integer rank = rs.getObject("rank", Integer.class);
            cells.add(rank == null ? "" : rank.toString());
            List<ConditionStates.State> states = ConditionStates.parse(rs.getString("condition_states"));
            cells.add(codes(states, ConditionStates.MET));
            cells.add(codes(states, ConditionStates.NOT_MET));
            cells.add(codes(states, ConditionStates.UNDETERMINED));
            List<String> exclusions = new ArrayList<>();
            List<String> deferrals = new ArrayList<>();
            for (JsonNode x : read(rs.getString("exclusions"))) {
                (x.path("deferral").asBoolean(false) ? deferrals : exclusions).add(x.path("code").asText());
            }
            cells.add(String.join(" ", exclusions));
            cells.add(String.join(" ", deferrals));
            row.accept(cells);
        });
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String codes(List<ConditionStates.State> states, char state) {
        return String.join(" ", states.stream().filter(s -> s.state() == state).map(ConditionStates.State::code).toList());
    }

    /**
     * Quoted when it holds a separator, a quote or a line break; a text a spreadsheet would take for a
     * formula (=, +, -, @ first) is kept a text with a leading apostrophe.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quoted ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
