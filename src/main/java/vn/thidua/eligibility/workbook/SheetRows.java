package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.web.Language;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SAX handler of one sheet's XML ({@code <row><c r="E14" t="s" s="3"><v>…</v></c></row>}):
 * checks the headings of row 1, then writes each non-blank row as one record of the bundle, each
 * cell converted by its column's kind. A cell that cannot be converted is reported and left out of
 * the record, so the import's checks still see the rest of the row.
 */
final class SheetRows extends DefaultHandler {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** Thrown to stop parsing a sheet that cannot be read as a whole; its problem is reported already. */
    static final class Abandoned extends SAXException {
        Abandoned() {
            super("sheet abandoned");
        }
    }

    /** A cell's value as the workbook stores it. */
    private sealed interface Value {
    }

    private record Text(String text) implements Value {
    }

    private record Number(double number) implements Value {
    }

    /** A number shown with a date format: Excel's way of storing a date. */
    private record Day(LocalDate date, double number) implements Value {
    }

    private record Failed(String error) implements Value {
    }

    private final FactSheet sheet;
    /** The sheet's name as the file has it: the template's, or the kind's of the earlier template. */
    private final String name;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final JsonGenerator bundle;
    private final int maxRows;
    private final List<WorkbookProblem> problems;
    private final List<Integer> rows = new ArrayList<>();

    private final Map<Integer, Value> cells = new TreeMap<>();
    private final StringBuilder characters = new StringBuilder();
    private int rowNumber;
    private int columnIndex;
    private String cellType;
    private String cellStyle;
    private String rawValue;
    private boolean collecting;
    private boolean inlineString;
    private boolean headingsChecked;

    SheetRows(FactSheet sheet, String name, ReadOnlySharedStringsTable strings, StylesTable styles, JsonGenerator bundle,
              int maxRows, List<WorkbookProblem> problems) {
        this.sheet = sheet;
        this.name = name;
        this.strings = strings;
        this.styles = styles;
        this.bundle = bundle;
        this.maxRows = maxRows;
        this.problems = problems;
    }

    /** The Excel row number of each record written, in order. */
    List<Integer> rows() {
        return rows;
    }

    /** A sheet without even a row 1 has no headings to check its columns by. */
    boolean headingsMissing() {
        if (!headingsChecked) {
            problems.add(new WorkbookProblem(name, 1, null, null, "noHeadings", List.of()));
        }
        return !headingsChecked;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells.clear();
                columnIndex = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                columnIndex = ref == null ? columnIndex + 1 : new CellReference(ref).getCol();
                cellType = attributes.getValue("t");
                cellStyle = attributes.getValue("s");
                rawValue = null;
            }
            case "v" -> startCollecting();
            case "is" -> {
                inlineString = true;
                startCollecting();
            }
            case "t" -> collecting = inlineString;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            characters.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> {
                collecting = false;
                rawValue = characters.toString();
            }
            case "t" -> collecting = false;
            case "is" -> {
                inlineString = false;
                rawValue = characters.toString();
            }
            case "c" -> {
                Value value = value();
                if (value != null) {
                    cells.put(columnIndex, value);
                }
            }
            case "row" -> row();
            default -> {
            }
        }
    }

    private void startCollecting() {
        collecting = true;
        characters.setLength(0);
    }

    /** The cell just read, or null when it is blank. */
    private Value value() {
        if (rawValue == null || rawValue.isEmpty()) {
            return null;
        }
        String type = cellType == null ? "n" : cellType;
        return switch (type) {
            case "s" -> text(strings.getItemAt(Integer.parseInt(rawValue)).getString());
            case "inlineStr", "str" -> text(rawValue);
            case "b" -> new Text("1".equals(rawValue) ? "TRUE" : "FALSE");
            case "e" -> new Failed(rawValue);
            case "d" -> new Text(rawValue);
            default -> number(Double.parseDouble(rawValue));
        };
    }

    /** Spaces around a typed value are invisible in Excel, so they are not part of it. */
    private static Value text(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : new Text(stripped);
    }

    private Value number(double number) {
        if (cellStyle != null) {
            XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
            if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())
                    && DateUtil.isValidExcelDate(number)) {
                return new Day(DateUtil.getLocalDateTime(number).toLocalDate(), number);
            }
        }
        return new Number(number);
    }

    private void row() throws SAXException {
        if (!headingsChecked) {
            headingsChecked = true;
            if (rowNumber != 1 || !headingsMatch()) {
                if (rowNumber != 1) {
                    problems.add(new WorkbookProblem(name, 1, null, null, "noHeadings", List.of()));
                }
                throw new Abandoned();
            }
            return;
        }
        if (cells.isEmpty()) {
            return;
        }
        if (rows.size() == maxRows) {
            problems.add(new WorkbookProblem(name, 0, null, null, "tooManyRows",
                    List.of(maxRows)));
            throw new Abandoned();
        }
        rows.add(rowNumber);
        try {
            record();
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private boolean headingsMatch() {
        List<Column> columns = sheet.columns();
        int before = problems.size();
        for (int c = 0; c < columns.size(); c++) {
            Value found = cells.get(c);
            String expected = columns.get(c).heading();
            if (found == null) {
                problems.add(problem(c, "missingHeading", expected));
            } else if (!normalized(shown(found)).equals(normalized(expected))) {
                problems.add(problem(c, "heading", expected, shown(found)));
            }
        }
        cells.forEach((c, found) -> {
            if (c >= columns.size()) {
                problems.add(new WorkbookProblem(name, rowNumber, cell(c), null, "extraColumn",
                        List.of(shown(found))));
            }
        });
        return problems.size() == before;
    }

    /**
     * Headings compare as people read them: Vietnamese letters typed composed or decomposed, any
     * case, any run of spaces.
     */
    private static String normalized(String heading) {
        return Normalizer.normalize(heading, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Language.VIETNAMESE);
    }

    private void record() throws IOException {
        bundle.writeStartObject();
        List<Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            Value value = cells.get(c);
            if (value != null) {
                write(c, columns.get(c), value);
            }
        }
        bundle.writeEndObject();
    }

    private void write(int c, Column column, Value value) throws IOException {
        if (value instanceof Failed failed) {
            problems.add(problem(c, "errorValue", failed.error()));
            return;
        }
        switch (column.kind()) {
            case TEXT -> {
                if (column.choices().isEmpty()) {
                    bundle.writeStringField(column.field(), shown(value));
                } else {
                    Optional<String> code = column.code(shown(value));
                    if (code.isPresent()) {
                        bundle.writeStringField(column.field(), code.get());
                    } else {
                        problems.add(problem(c, "notAChoice", shown(value), String.join(", ", column.labels())));
                    }
                }
            }
            case YEAR, DECIMAL -> {
                if (value instanceof Text text) {
                    problems.add(problem(c, "textInNumber", text.text()));
                    return;
                }
                BigDecimal number = exact(value instanceof Day day ? day.number() : ((Number) value).number());
                bundle.writeFieldName(column.field());
                if (column.kind() == Column.Kind.YEAR && number.scale() <= 0) {
                    bundle.writeNumber(number.intValue());
                } else {
                    bundle.writeNumber(number);
                }
            }
            case DATE -> {
                LocalDate date = null;
                if (value instanceof Day day) {
                    date = day.date();
                } else if (value instanceof Text text) {
                    date = date(c, text.text());
                } else {
                    problems.add(problem(c, "numberInDate", shown(value)));
                }
                if (date != null) {
                    bundle.writeStringField(column.field(), date.toString());
                }
            }
        }
    }

    /** A date typed as text, dd/MM/yyyy as the template asks or ISO: read strictly, 31/02 is no day. */
    private LocalDate date(int c, String text) {
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        try {
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            problems.add(problem(c, "notADate", text));
        } catch (DateTimeException e) {
            problems.add(problem(c, "impossibleDate", text));
        }
        return null;
    }

    /**
     * The shortest decimal that reads back as the stored double: a workbook stores 8.3 as
     * 8.3000000000000007, which is not what anyone typed.
     */
    private static BigDecimal exact(double number) {
        BigDecimal exact = BigDecimal.valueOf(number).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    /** A value as text, as a text column takes it and as a message shows it. */
    private static String shown(Value value) {
        if (value instanceof Text text) {
            return text.text();
        }
        if (value instanceof Number number) {
            return exact(number.number()).toPlainString();
        }
        if (value instanceof Day day) {
            return SHOWN_DATE.format(day.date());
        }
        return ((Failed) value).error();
    }

    private WorkbookProblem problem(int c, String code, Object... args) {
        return new WorkbookProblem(name, rowNumber, cell(c), sheet.columns().get(c).heading(), code,
                List.of(args));
    }

    private String cell(int c) {
        return CellReference.convertNumToColString(c) + rowNumber;
    }
}
