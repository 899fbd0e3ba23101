package vn.thidua.eligibility.workbook;

import vn.thidua.eligibility.web.Language;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the workbook staff fill in: the instructions first, then one sheet per kind of fact with
 * its headings styled and frozen, date columns formatted dd/MM/yyyy, code columns formatted as text
 * (so Excel keeps "001" as typed) and the allowed codes of a choice column offered as a drop-down.
 * Filled with a bundle, it shows what a correct workbook looks like, and reads back to the same bundle.
 */
@Component
public class TemplateWorkbook {
    private static final ObjectReader BUNDLE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().reader();
    /** Rows of a sheet offered the drop-downs: far beyond any Department's year of facts. */
    private static final int VALIDATED_ROWS = 65_535;

    private final int maxRows;

    TemplateWorkbook(WorkbookSettings settings) {
        this.maxRows = settings.maxRowsPerSheet();
    }

    /** The template with every sheet empty below its headings. */
    public byte[] empty() {
        return write(null);
    }

    /**
     * The template holding a fact bundle's records, each in its sheet in bundle order.
     *
     * @param bundle a valid fact bundle as JSON, e.g. the demo data
     */
    public byte[] filledWith(InputStream bundle) {
        try {
            return write(BUNDLE.readTree(bundle));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundle to fill the template with", e);
        }
    }

    private byte[] write(JsonNode bundle) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            instructions(workbook.createSheet(FactSheet.INSTRUCTIONS), styles);
            for (FactSheet kind : FactSheet.values()) {
                Sheet sheet = workbook.createSheet(kind.sheetName());
                header(sheet, kind, styles);
                if (bundle != null) {
                    int r = 1;
                    for (JsonNode record : bundle.path(kind.kindName())) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < kind.columns().size(); c++) {
                            JsonNode value = record.get(kind.columns().get(c).field());
                            if (value != null && !value.isNull()) {
                                value(row.createCell(c), kind.columns().get(c), value, styles);
                            }
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the template workbook", e);
        }
    }

    private static void header(Sheet sheet, FactSheet kind, Styles styles) {
        Row heading = sheet.createRow(0);
        heading.setHeightInPoints(30);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int c = 0; c < kind.columns().size(); c++) {
            Column column = kind.columns().get(c);
            Cell cell = heading.createCell(c);
            cell.setCellValue(column.heading());
            cell.setCellStyle(styles.heading);
            sheet.setColumnWidth(c, column.widthInCharacters() * 256);
            sheet.setDefaultColumnStyle(c, styles.forKind(column.kind()));
            if (!column.choices().isEmpty()) {
                DataValidation choice = validations.createValidation(
                        validations.createExplicitListConstraint(column.labels().toArray(String[]::new)),
                        new CellRangeAddressList(1, VALIDATED_ROWS, c, c));
                choice.setShowErrorBox(true);
                choice.createErrorBox(column.heading(), "Chọn một trong: " + String.join(", ", column.labels()));
                sheet.addValidationData(choice);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, kind.columns().size() - 1));
    }

    private static void value(Cell cell, Column column, JsonNode value, Styles styles) {
        switch (column.kind()) {
            case DATE -> {
                cell.setCellValue(LocalDate.parse(value.asText()));
                cell.setCellStyle(styles.date);
            }
            case YEAR, DECIMAL -> {
                // at most four decimal places: a double holds them, and the reader gives back the shortest form
                cell.setCellValue(value.decimalValue().doubleValue());
                cell.setCellStyle(styles.number);
            }
            case TEXT -> {
                cell.setCellValue(column.label(value.asText()));
                cell.setCellStyle(styles.text);
            }
        }
    }

    private void instructions(Sheet sheet, Styles styles) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 26 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        int r = 0;
        line(sheet, r++, "MẪU NHẬP DỮ LIỆU XÉT KHEN THƯỞNG PHONG TRÀO THI ĐUA CCHC", styles.title);
        r++;
        for (String text : List.of(
                "1. Mỗi trang (sheet) là một loại dữ liệu, tên trang như bảng dưới. Không đổi tên trang; không đổi, "
                        + "thêm, bớt hay đổi thứ tự các tiêu đề cột ở dòng 1.",
                "2. Dữ liệu bắt đầu từ dòng 2, mỗi dòng một bản ghi; dòng trống được bỏ qua. Trang không dùng có thể để trống.",
                "3. Ngày nhập theo dạng dd/mm/yyyy (ví dụ 15/01/2025). Năm là số nguyên (2024). Điểm là số, "
                        + "tối đa 4 chữ số thập phân. Mã (đơn vị, cá nhân, hồ sơ…) là văn bản.",
                "4. Cột có danh sách chọn chỉ nhận một trong các giá trị của danh sách (hoặc mã tương ứng, xem bảng dưới).",
                "5. Mỗi trang tối đa " + NumberFormat.getIntegerInstance(Language.VIETNAMESE).format(maxRows) + " dòng dữ liệu.",
                "6. Bản ghi trùng khóa với dữ liệu đã lưu (ví dụ cùng mã đơn vị) sẽ thay thế bản ghi cũ.",
                "7. Sau khi tải tệp lên, trang xem trước cho biết số bản ghi thêm mới, thay thế và mọi lỗi theo trang, "
                        + "dòng, cột. Chỉ khi bấm Xác nhận dữ liệu mới được lưu, toàn bộ hoặc không lưu gì.")) {
            line(sheet, r++, text, styles.wrapped);
        }
        r++;
        Row heading = sheet.createRow(r++);
        String[] titles = {"Trang", "Tiêu đề cột", "Giá trị"};
        for (int c = 0; c < titles.length; c++) {
            Cell cell = heading.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(styles.heading);
        }
        for (FactSheet kind : FactSheet.values()) {
            boolean first = true;
            for (Column column : kind.columns()) {
                Row row = sheet.createRow(r++);
                if (first) {
                    row.createCell(0).setCellValue(kind.title());
                    first = false;
                }
                row.createCell(1).setCellValue(column.heading());
                Cell meaning = row.createCell(2);
                meaning.setCellValue(describe(column));
                meaning.setCellStyle(styles.wrapped);
            }
        }
    }

    private String describe(Column column) {
        if (!column.choices().isEmpty()) {
            return String.join("; ", column.choices().stream().map(c -> c.label() + " (mã " + c.code() + ")").toList());
        }
        return switch (column.kind()) {
            case TEXT -> "Văn bản";
            case YEAR -> "Năm, số nguyên";
            case DECIMAL -> "Số, tối đa 4 chữ số thập phân";
            case DATE -> "Ngày dd/mm/yyyy";
        };
    }

    private static void line(Sheet sheet, int r, String text, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        if (style.getWrapText()) {
            sheet.getRow(r).setHeightInPoints(Math.max(1, text.length() / 110 + 1) * 16f);
        }
    }

    private static final class Styles {
        final CellStyle heading;
        final CellStyle title;
        final CellStyle wrapped;
        final CellStyle date;
        final CellStyle number;
        final CellStyle text;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            heading.setBorderBottom(BorderStyle.THIN);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setWrapText(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(large);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("General"));
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }

        CellStyle forKind(Column.Kind kind) {
            return switch (kind) {
                case DATE -> date;
                case YEAR, DECIMAL -> number;
                case TEXT -> text;
            };
        }
    }
}
