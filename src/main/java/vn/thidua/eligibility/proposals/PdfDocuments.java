package vn.thidua.eligibility.proposals;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link TableDocument} as a landscape A4 PDF. The text is set in Liberation Serif (metric
 * twin of Times New Roman, the font of Vietnamese official documents), read from the
 * openpdf-fonts-extra jar and embedded: every Vietnamese letter has its glyph, on a machine with no
 * fonts installed.
 */
@Component
class PdfDocuments {
    private static final Color HEADING_FILL = new Color(230, 230, 230);

    private final BaseFont regular = font("LiberationSerif-Regular.ttf");
    private final BaseFont bold = font("LiberationSerif-Bold.ttf");
    private final BaseFont italic = font("LiberationSerif-Italic.ttf");

    byte[] write(TableDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.open();
            pdf.add(masthead(doc));
            for (int i = 0; i < doc.title().size(); i++) {
                Paragraph p = new Paragraph(doc.title().get(i), new Font(i == 0 ? bold : regular, i == 0 ? 14 : 12));
                p.setAlignment(Element.ALIGN_CENTER);
                pdf.add(p);
            }
            for (TableDocument.Table table : doc.tables()) {
                if (table.caption() != null) {
                    Paragraph caption = new Paragraph(table.caption(), new Font(bold, 12));
                    caption.setSpacingBefore(10);
                    pdf.add(caption);
                }
                pdf.add(table(table));
            }
            for (String line : doc.footer()) {
                pdf.add(new Paragraph(line, new Font(regular, 11)));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** The issuing body on the left, the national motto and place and date on the right. */
    private PdfPTable masthead(TableDocument doc) throws DocumentException {
        PdfPTable head = new PdfPTable(2);
        head.setWidthPercentage(100);
        head.setWidths(new float[]{2, 3});
        PdfPCell left = bare();
        doc.organisation().forEach(line -> left.addElement(centered(line, new Font(bold, 12))));
        PdfPCell right = bare();
        right.addElement(centered(TableDocument.NATION, new Font(bold, 12)));
        right.addElement(centered(TableDocument.MOTTO, new Font(bold, 12)));
        right.addElement(centered(doc.placeDate(), new Font(italic, 12)));
        head.addCell(left);
        head.addCell(right);
        head.setSpacingAfter(12);
        return head;
    }

    private PdfPTable table(TableDocument.Table table) throws DocumentException {
        PdfPTable t = new PdfPTable(table.columns().size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        t.setHeaderRows(1);
        t.setWidths(table.columns().stream().mapToInt(TableDocument.Column::width).toArray());
        for (TableDocument.Column c : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(c.heading(), new Font(bold, 10)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setBackgroundColor(HEADING_FILL);
            cell.setPadding(4);
            t.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), new Font(regular, 10)));
                cell.setPadding(4);
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                t.addCell(cell);
            }
        }
        return t;
    }

    private static PdfPCell bare() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing: the openpdf-fonts-extra jar must be on the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + file + " could not be read", e);
        }
    }
}
