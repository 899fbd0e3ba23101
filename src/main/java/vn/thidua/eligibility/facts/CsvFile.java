package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV file of TTHC dossiers or provincial tasks as the provincial one-stop systems (Một cửa điện tử)
 * export them, read as a stream, one line at a time: one header row, UTF-8 with or without a byte order
 * mark, cells separated by commas or semicolons (whichever the header uses more), quoted with double
 * quotes where a cell holds the separator, a quote or a line break (RFC 4180). Each record becomes a
 * record of the import format and is checked as one of a JSON bundle is.
 * <p>
 * A column is found by its header, in any order, case and spacing aside: the field's name in the
 * import format ({@code code}, {@code unitCode}, {@code dueDate}, {@code completedDate}, {@code title}),
 * its Vietnamese label in the workbook, or a name the one-stop exports use ({@link #SYNONYMS}). Other
 * columns are ignored. Cells are trimmed; an empty cell is an absent value. Dates are
 * {@code dd/MM/yyyy} or {@code yyyy-MM-dd}, with or without a time after them (which is dropped).
 * Errors name the line (the header is line 1) and the column, by number and header.
 */
final class CsvFile {
    /** The kinds a CSV file may hold. */
    static final List<FactKind> KINDS = List.of(FactKind.DOSSIERS, FactKind.TASKS);

    /** Headers of the one-stop exports beside the fields' names and workbook labels. */
    static final Map<FactKind, Map<String, List<String>>> SYNONYMS = Map.of(
            FactKind.DOSSIERS, Map.of(
                    "code", List.of("Số hồ sơ"),
                    "dueDate", List.of("Hạn xử lý", "Ngày hẹn trả"),
                    "completedDate", List.of("Ngày trả kết quả", "Ngày có kết quả")),
            FactKind.TASKS, Map.of(
                    "title", List.of("Tên nhiệm vụ", "Trích yếu"),
                    "dueDate", List.of("Hạn xử lý"),
                    "completedDate", List.of("Ngày trả kết quả")));

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    private final FactKind kind;
    private final Cells cells;
    private final BundleReader.LimitedInputStream limited;
    private final long maxBytes;
    /** The field each column holds, by column index (0-based); null for a column ignored. */
    private final String[] fieldOf;
    private final List<String> headers;
    private final RecordPlace place;

    private CsvFile(FactKind kind, Cells cells, BundleReader.LimitedInputStream limited, long maxBytes,
                    List<String> headers, String[] fieldOf) {
        this.kind = kind;
        this.cells = cells;
        this.limited = limited;
        this.maxBytes = maxBytes;
        this.headers = headers;
        this.fieldOf = fieldOf;
        Map<String, Integer> columnOf = new HashMap<>();
        for (int c = 0; c < fieldOf.length; c++) {
            if (fieldOf[c] != null) {
                columnOf.put(fieldOf[c], c);
            }
        }
        this.place = new RecordPlace() {
            @Override
            public String record(int line) {
                return "line " + line;
            }

            @Override
            public String field(int line, String field) {
                Integer column = columnOf.get(field);
                return column == null ? record(line) + ", " + field
                        : record(line) + ", column " + (column + 1) + " (" + headers.get(column) + ")";
            }
        };
    }

    /**
     * Reads the header.
     *
     * @throws RejectedBundleException when the file is empty or its header lacks a required column, names one twice
     */
    static CsvFile open(InputStream body, long maxBytes, FactKind kind) {
        BundleReader.LimitedInputStream limited = new BundleReader.LimitedInputStream(body, maxBytes);
        Reader reader = new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            Cells cells = new Cells(reader);
            List<String> header = cells.header();
            if (header == null) {
                throw RejectedBundleException.of(Text.of("csv.empty", columnsOf(kind)));
            }
            Map<String, String> fieldByHeader = new HashMap<>();
            for (Field field : kind.fields()) {
                fieldByHeader.put(normal(field.name()), field.name());
                fieldByHeader.put(normal(field.label()), field.name());
                SYNONYMS.get(kind).getOrDefault(field.name(), List.of()).forEach(h -> fieldByHeader.put(normal(h), field.name()));
            }
            String[] fieldOf = new String[header.size()];
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<ApiError.Detail> errors = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String field = fieldByHeader.get(normal(header.get(c)));
                if (field == null) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(field, c);
                if (earlier != null) {
                    errors.add(ApiError.Detail.of("line 1, column " + (c + 1) + " (" + header.get(c) + ")",
                            Text.of("csv.columnTwice", header.get(c), field, earlier + 1, header.get(earlier))));
                } else {
                    fieldOf[c] = field;
                }
            }
            for (Field field : kind.fields()) {
                if (field.required() && !seen.containsKey(field.name())) {
                    errors.add(ApiError.Detail.of("line 1", Text.of("csv.noColumn", field.name(), headersOf(kind, field))));
                }
            }
            if (!errors.isEmpty()) {
                throw new RejectedBundleException(errors);
            }
            return new CsvFile(kind, cells, limited, maxBytes, header, fieldOf);
        } catch (IOException e) {
            throw unreadable(e, limited, maxBytes);
        }
    }

    RecordPlace place() {
        return place;
    }

    /** Hands every record to the bundle, placed at its line. */
    void read(StagedBundle bundle) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        try {
            List<String> row;
            while ((row = cells.row()) != null) {
                int line = cells.line();
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue; // an empty line, such as the last one of many exports
                }
                if (row.size() > fieldOf.length) {
                    bundle.bundleError(ApiError.Detail.of(place.record(line), Text.of("csv.tooManyCells", row.size(),
                            fieldOf.length, String.valueOf(cells.separator))));
                    continue;
                }
                ObjectNode record = nodes.objectNode();
                Map<String, Text> valueErrors = new HashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    String field = fieldOf[c];
                    String cell = row.get(c).strip();
                    if (field == null || cell.isEmpty()) {
                        continue;
                    }
                    if (kind.findField(field).orElseThrow().valueType() == LocalDate.class) {
                        try {
                            date(field, cell).ifPresentOrElse(d -> record.put(field, d),
                                    () -> valueErrors.put(field, Text.of("csv.date", field, cell)));
                        } catch (InvalidValue e) {
                            valueErrors.put(field, e.text());
                        }
                    } else {
                        record.put(field, cell);
                    }
                }
                bundle.record(kind, line, record, valueErrors);
            }
        } catch (IOException e) {
            throw unreadable(e, limited, maxBytes);
        }
    }

    /**
     * The date in ISO form, if the cell is one in an accepted form; an ISO day not in the calendar is
     * left to the field's own check.
     *
     * @throws InvalidValue for a {@code dd/MM/yyyy} day not in the calendar, named as the file wrote it
     */
    private static Optional<String> date(String field, String cell) throws InvalidValue {
        Matcher dmy = DMY.matcher(cell);
        if (dmy.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))).toString());
            } catch (DateTimeException e) {
                throw new InvalidValue("bundle.value.noSuchDay", field, cell);
            }
        }
        Matcher iso = ISO.matcher(cell);
        return iso.matches() ? Optional.of(iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3)) : Optional.empty();
    }

    private static RejectedBundleException unreadable(IOException e, BundleReader.LimitedInputStream limited, long maxBytes) {
        if (limited.exceeded()) {
            return BundleReader.tooLarge(maxBytes);
        }
        if (e instanceof CharacterCodingException) {
            return RejectedBundleException.of(Text.of("csv.notUtf8"));
        }
        return RejectedBundleException.of(Text.of("bundle.unreadable", e.getMessage()));
    }

    /** Headers compare without case, accents composed the same way, spaces collapsed. */
    private static String normal(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** "code, unitCode, dueDate, completedDate?" for the message of an empty file. */
    static String columnsOf(FactKind kind) {
        return kind.fields().stream().map(f -> f.name() + (f.required() ? "" : "?")).collect(Collectors.joining(", "));
    }

    /** The headers accepted for a field: "“Mã hồ sơ”, “Số hồ sơ” or “code”". */
    static String headersOf(FactKind kind, Field field) {
        List<String> all = new ArrayList<>();
        all.add(field.label());
        all.addAll(SYNONYMS.get(kind).getOrDefault(field.name(), List.of()));
        all.add(field.name());
        return all.stream().map(h -> "“" + h + "”").collect(Collectors.joining(", "));
    }

    /** The cells of a CSV file, a row at a time, from a buffer of characters. */
    private static final class Cells {
        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private int length;
        private int position;
        private int nextLine = 1;
        private int line;
        private char separator = ',';

        Cells(Reader reader) {
            this.reader = reader;
        }

        /** The first row, its separator chosen as the one of comma and semicolon it holds more of; a leading BOM dropped. */
        List<String> header() throws IOException {
            if (peek() == '\uFEFF') {
                position++;
            }
            StringBuilder first = new StringBuilder();
            int start = position;
            // look ahead in the buffer: a header fits in it
            for (int i = start; i < length && buffer[i] != '\n'; i++) {
                first.append(buffer[i]);
            }
            long semicolons = first.chars().filter(ch -> ch == ';').count();
            long commas = first.chars().filter(ch -> ch == ',').count();
            separator = semicolons > commas ? ';' : ',';
            return row();
        }

        /** The line the last row began on. */
        int line() {
            return line;
        }

        /** The next row's cells, or null at the end. */
        List<String> row() throws IOException {
            if (peek() < 0) {
                return null;
            }
            line = nextLine;
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                int ch = next();
                if (ch < 0) {
                    row.add(cell.toString());
                    return row;
                }
                if (quoted) {
                    if (ch == '"') {
                        if (peek() == '"') {
                            position++;
                            cell.append('"');
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (ch == '\n') {
                            nextLine++;
                        }
                        cell.append((char) ch);
                    }
                } else if (ch == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (ch == separator) {
                    row.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (ch == '\n') {
                    nextLine++;
                    row.add(cell.toString());
                    return row;
                } else if (ch != '\r') {
                    cell.append((char) ch);
                }
            }
        }

        private int peek() throws IOException {
            if (position == length && !fill()) {
                return -1;
            }
            return buffer[position];
        }

        private int next() throws IOException {
            int ch = peek();
            if (ch >= 0) {
                position++;
            }
            return ch;
        }

        private boolean fill() throws IOException {
            int n = reader.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            length = n;
            position = 0;
            return true;
        }
    }
}
