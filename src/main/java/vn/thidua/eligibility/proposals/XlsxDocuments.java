package vn.thidua.eligibility.proposals;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes a {@link TableDocument} as one .xlsx sheet, landscape A4, in Times New Roman as offices use. */
@Component
class XlsxDocuments {
    /** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    byte[] write(TableDocument doc, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            int width = doc.tables().stream().mapToInt(t -> t.columns().size()).max().orElse(1);
            int half = Math.max(1, width / 2);
            int r = 0;
            for (int i = 0; i < Math.max(doc.organisation().size(), 2); i++) {
                Row row = sheet.createRow(r++);
                if (i < doc.organisation().size()) {
                    merged(sheet, row, 0, half - 1, doc.organisation().get(i), styles.bold);
                }
                if (i < 2) {
                    merged(sheet, row, half, width - 1, i == 0 ? TableDocument.NATION : TableDocument.MOTTO, styles.bold);
                }
            }
            merged(sheet, sheet.createRow(r++), half, width - 1, doc.placeDate(), styles.italic);
            r++;
            for (int i = 0; i < doc.title().size(); i++) {
                merged(sheet, sheet.createRow(r++), 0, width - 1, doc.title().get(i), i == 0 ? styles.title : styles.centered);
            }
            for (TableDocument.Table table : doc.tables()) {
                r++;
                if (table.caption() != null) {
                    text(sheet.createRow(r++).createCell(0), table.caption(), styles.bold);
                }
                Row heading = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    text(heading.createCell(c), table.columns().get(c).heading(), styles.heading);
                    int chars = Math.max(table.columns().get(c).width(), sheet.getColumnWidth(c) / 256);
                    sheet.setColumnWidth(c, Math.min(255, chars) * 256);
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Cell cell = row.createCell(c);
                        if (values.get(c) instanceof Number n) {
                            cell.setCellValue(n.longValue());
                            cell.setCellStyle(styles.cell);
                        } else {
                            text(cell, values.get(c) == null ? "" : values.get(c).toString(), styles.cell);
                        }
                    }
                }
            }
            r++;
            for (String line : doc.footer()) {
                text(sheet.createRow(r++).createCell(0), line, styles.plain);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell that starts like a formula is written behind a quote: shown, never evaluated. */
    static String escaped(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(escaped(value));
        cell.setCellStyle(style);
    }

    private static void merged(Sheet sheet, Row row, int from, int to, String value, CellStyle style) {
        text(row.createCell(from), value, style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle centered;
        final CellStyle title;
        final CellStyle heading;
        final CellStyle cell;

        Styles(Workbook wb) {
            plain = style(wb, font(wb, false, false, 12), HorizontalAlignment.LEFT);
            bold = style(wb, font(wb, true, false, 12), HorizontalAlignment.CENTER);
            italic = style(wb, font(wb, false, true, 12), HorizontalAlignment.CENTER);
            centered = style(wb, font(wb, false, false, 12), HorizontalAlignment.CENTER);
            title = style(wb, font(wb, true, false, 14), HorizontalAlignment.CENTER);
            heading = style(wb, font(wb, true, false, 11), HorizontalAlignment.CENTER);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            bordered(heading);
            cell = style(wb, font(wb, false, false, 11), HorizontalAlignment.LEFT);
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            bordered(cell);
        }

        private static Font font(Workbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static CellStyle style(Workbook wb, Font font, HorizontalAlignment alignment) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(alignment);
            s.setWrapText(true);
            return s;
        }

        private static void bordered(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }
}
