package vn.thidua.eligibility.proposals;

import com.lowagie.text.Chunk;
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
 * Writes a {@link TableDocument} as a landscape A4 PDF, and an {@link OfficialDocument} as a portrait
 * A4 PDF laid out like the .docx template (Nghị định 30/2020/NĐ-CP). The text is set in Liberation Serif (metric
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

    byte[] write(OfficialDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Nghị định 30/2020: margins top and bottom 20 mm, left 30 mm, right 15 mm
        Document pdf = new Document(PageSize.A4, mm(30), mm(15), mm(20), mm(20));
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.open();
            pdf.add(officialHead(doc));
            Paragraph kind = centered(doc.kind(), new Font(bold, 14));
            kind.setSpacingBefore(12);
            pdf.add(kind);
            pdf.add(centered(doc.subject(), new Font(bold, 14)));
            if (!doc.authority().isEmpty()) {
                Paragraph authority = centered(doc.authority(), new Font(bold, 14));
                authority.setSpacingBefore(12);
                pdf.add(authority);
            }
            if (!doc.addressee().isEmpty()) {
                Paragraph to = centered("Kính gửi: " + doc.addressee(), new Font(regular, 14));
                to.setSpacingBefore(12);
                pdf.add(to);
            }
            Paragraph gap = new Paragraph(" ", new Font(regular, 8));
            pdf.add(gap);
            for (String ground : doc.grounds()) {
                pdf.add(bodyParagraph(new Phrase(ground, new Font(italic, 14))));
            }
            for (OfficialDocument.Article article : doc.body()) {
                Phrase phrase = new Phrase();
                if (!article.label().isEmpty()) {
                    phrase.add(new Chunk(article.label() + " ", new Font(bold, 14)));
                }
                phrase.add(new Chunk(article.text(), new Font(regular, 14)));
                pdf.add(bodyParagraph(phrase));
            }
            pdf.add(signatureBlock(doc));
            pdf.newPage();
            attachedList(pdf, doc.list());
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    /** The issuing body over the number, the motto over the place and date, as the template's header table. */
    private PdfPTable officialHead(OfficialDocument doc) throws DocumentException {
        PdfPTable head = new PdfPTable(2);
        head.setWidthPercentage(100);
        head.setWidths(new float[]{38, 62});
        PdfPCell issuer = bare();
        for (int i = 0; i < doc.issuer().size(); i++) {
            boolean body = i == doc.issuer().size() - 1;
            issuer.addElement(centered(doc.issuer().get(i), body ? new Font(bold, 12, Font.UNDERLINE) : new Font(regular, 12)));
        }
        PdfPCell nation = bare();
        nation.addElement(centered(OfficialDocument.NATION, new Font(bold, 12)));
        nation.addElement(centered(OfficialDocument.MOTTO, new Font(bold, 13, Font.UNDERLINE)));
        PdfPCell number = bare();
        number.addElement(centered("Số: " + doc.number(), new Font(regular, 13)));
        PdfPCell placeDate = bare();
        placeDate.addElement(centered(doc.placeDate(), new Font(italic, 13)));
        head.addCell(issuer);
        head.addCell(nation);
        head.addCell(number);
        head.addCell(placeDate);
        return head;
    }

    /** "Nơi nhận:" with its lines bottom left, the position and name bottom right. */
    private PdfPTable signatureBlock(OfficialDocument doc) throws DocumentException {
        PdfPTable block = new PdfPTable(2);
        block.setWidthPercentage(100);
        block.setWidths(new float[]{47, 53});
        block.setSpacingBefore(12);
        block.setKeepTogether(true);
        PdfPCell recipients = bare();
        recipients.addElement(new Paragraph("Nơi nhận:", new Font(bold, 12, Font.ITALIC)));
        doc.recipients().forEach(r -> recipients.addElement(new Paragraph(r, new Font(regular, 11))));
        PdfPCell signer = bare();
        doc.signature().position().forEach(line -> signer.addElement(centered(line, new Font(bold, 14))));
        Paragraph name = centered(doc.signature().fullName(), new Font(bold, 14));
        name.setSpacingBefore(60);
        signer.addElement(name);
        block.addCell(recipients);
        block.addCell(signer);
        return block;
    }

    private void attachedList(Document pdf, OfficialDocument.AttachedList list) throws DocumentException {
        list.title().forEach(line -> pdf.add(centered(line, new Font(bold, 14))));
        pdf.add(centered(list.caption(), new Font(italic, 13)));
        PdfPTable t = new PdfPTable(list.columns().size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(10);
        t.setSpacingAfter(10);
        t.setHeaderRows(1);
        t.setWidths(list.columns().stream().mapToInt(OfficialDocument.Column::width).toArray());
        for (OfficialDocument.Column c : list.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(c.heading(), new Font(bold, 12)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            t.addCell(cell);
        }
        for (List<String> row : list.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(i), new Font(regular, 12)));
                cell.setPadding(4);
                if (i == 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                t.addCell(cell);
            }
        }
        pdf.add(t);
        list.notes().forEach(line -> pdf.add(new Paragraph(line, new Font(regular, 12))));
    }

    private static Paragraph bodyParagraph(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(mm(10));
        p.setSpacingAfter(6);
        p.setLeading(19);
        return p;
    }

    private static float mm(float millimetres) {
        return millimetres / 25.4f * 72;
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
