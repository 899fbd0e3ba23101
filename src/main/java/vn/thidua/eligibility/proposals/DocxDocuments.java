package vn.thidua.eligibility.proposals;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an {@link OfficialDocument} as Word .docx by filling the template
 * {@code documents/van-ban.docx}, which the office may edit in Word: its layout, fonts and fixed
 * words are the template's, the content is the document's. A placeholder {@code ${name}} takes a
 * value; a paragraph holding a list's placeholder (a ground, an article, a recipient) is repeated
 * once per item, and the table row holding {@code ${stt}} once per entry of the list; a paragraph
 * whose value is empty (no "Kính gửi" on a decision) is left out.
 */
@Component
class DocxDocuments {
    static final String TEMPLATE = "/documents/van-ban.docx";
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
    private static final String ROW_KEY = "stt";

    byte[] write(OfficialDocument doc) {
        try (InputStream in = DocxDocuments.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("The document template " + TEMPLATE + " is missing from the service");
            }
            try (XWPFDocument docx = new XWPFDocument(in); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                new Filling(doc).body(docx);
                docx.write(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of one document, and the filling of the template's parts with them. */
    private static final class Filling {
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, List<Map<String, String>>> lists = new HashMap<>();
        private final List<Map<String, String>> rows = new ArrayList<>();

        Filling(OfficialDocument doc) {
            List<String> issuer = doc.issuer();
            values.put("co_quan_chu_quan", issuer.size() > 1 ? issuer.get(0) : "");
            values.put("co_quan", issuer.isEmpty() ? "" : issuer.get(issuer.size() - 1));
            values.put("so_ky_hieu", doc.number());
            values.put("dia_danh_ngay", doc.placeDate());
            values.put("loai_van_ban", doc.kind());
            values.put("trich_yeu", doc.subject());
            values.put("tham_quyen", doc.authority());
            values.put("kinh_gui", doc.addressee());
            values.put("ho_ten", doc.signature().fullName());
            values.put("ds_phu_de", doc.list().caption());
            list("can_cu", doc.grounds());
            list("noi_nhan", doc.recipients());
            list("chuc_vu", doc.signature().position());
            list("ds_tieu_de", doc.list().title());
            list("ds_ghi_chu", doc.list().notes());
            List<Map<String, String>> articles = doc.body().stream().map(a -> Map.of(
                    "dieu_so", a.label().isEmpty() ? "" : a.label() + " ", "dieu_noi_dung", a.text())).toList();
            lists.put("dieu_so", articles);
            lists.put("dieu_noi_dung", articles);
            List<OfficialDocument.Column> columns = doc.list().columns();
            columns.forEach(c -> values.put("cot_" + c.key(), c.heading()));
            for (List<String> row : doc.list().rows()) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    cells.put(columns.get(i).key(), row.get(i));
                }
                rows.add(cells);
            }
        }

        private void list(String key, List<String> items) {
            lists.put(key, items.stream().map(i -> Map.of(key, i)).toList());
        }

        void body(XWPFDocument docx) {
            paragraphs(docx);
            for (XWPFTable table : List.copyOf(docx.getTables())) {
                table(table);
            }
        }

        private void table(XWPFTable table) {
            for (XWPFTableRow row : List.copyOf(table.getRows())) {
                if (keys(rowText(row)).contains(ROW_KEY)) {
                    repeatRow(table, row);
                } else {
                    row.getTableCells().forEach(this::paragraphs);
                }
            }
        }

        private void repeatRow(XWPFTable table, XWPFTableRow row) {
            int at = table.getRows().indexOf(row);
            for (Map<String, String> item : rows) {
                table.addRow(new XWPFTableRow((CTRow) row.getCtRow().copy(), table), at);
                // addRow copies the row into the table: a wrapper of that copy edits the document
                for (XWPFTableCell cell : new XWPFTableRow(table.getCTTbl().getTrArray(at), table).getTableCells()) {
                    cell.getParagraphs().forEach(p -> fill(p, item));
                }
                at++;
            }
            table.removeRow(at);
        }

        private void paragraphs(IBody body) {
            for (XWPFParagraph p : List.copyOf(body.getParagraphs())) {
                Set<String> keys = keys(p.getText());
                String listKey = keys.stream().filter(lists::containsKey).findFirst().orElse(null);
                if (listKey != null) {
                    for (Map<String, String> item : lists.get(listKey)) {
                        fill(copyBefore(body, p), item);
                    }
                    remove(body, p);
                } else if (keys.stream().anyMatch(k -> values.containsKey(k) && values.get(k).isEmpty())) {
                    remove(body, p);
                } else if (!keys.isEmpty()) {
                    fill(p, Map.of());
                }
            }
        }

        /** Replaces the placeholders run by run; one that Word split over several runs makes the paragraph one run. */
        private void fill(XWPFParagraph p, Map<String, String> item) {
            for (XWPFRun run : p.getRuns()) {
                String text = run.getText(0);
                if (text != null && text.contains("${")) {
                    run.setText(replace(text, item), 0);
                }
            }
            String all = p.getText();
            if (keys(all).stream().anyMatch(k -> item.containsKey(k) || values.containsKey(k))) {
                List<XWPFRun> runs = p.getRuns();
                runs.get(0).setText(replace(all, item), 0);
                for (int i = runs.size() - 1; i > 0; i--) {
                    p.removeRun(i);
                }
            }
        }

        private String replace(String text, Map<String, String> item) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = item.containsKey(m.group(1)) ? item.get(m.group(1)) : values.get(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            return m.appendTail(out).toString();
        }

        private static Set<String> keys(String text) {
            Set<String> keys = new LinkedHashSet<>();
            Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
            while (m.find()) {
                keys.add(m.group(1));
            }
            return keys;
        }

        private static String rowText(XWPFTableRow row) {
            StringBuilder text = new StringBuilder();
            row.getTableCells().forEach(c -> text.append(c.getText()));
            return text.toString();
        }

        private static XWPFParagraph copyBefore(IBody body, XWPFParagraph p) {
            XmlCursor cursor = p.getCTP().newCursor();
            XWPFParagraph inserted = body.insertNewParagraph(cursor);
            cursor.dispose();
            inserted.getCTP().set(p.getCTP().copy());
            // the wrapper read its runs before the copy: a fresh one sees them
            return new XWPFParagraph((CTP) inserted.getCTP(), body);
        }

        private static void remove(IBody body, XWPFParagraph p) {
            if (body instanceof XWPFDocument docx) {
                docx.removeBodyElement(docx.getPosOfParagraph(p));
            } else if (body instanceof XWPFTableCell cell) {
                cell.removeParagraph(cell.getParagraphs().indexOf(p));
            }
        }
    }
}
