package vn.thidua.eligibility.proposals;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The .xlsx and PDF writers, read back: Vietnamese intact, formulas never. */
class DocumentWritersTest {
    /** Every Vietnamese letter with its tone marks, in both cases. */
    static final String VIETNAMESE = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

    static final TableDocument DOCUMENT = new TableDocument(
            List.of("UBND TỈNH SÓC TRĂNG", VietnameseWords.DEPARTMENT), "Sóc Trăng, ngày 20 tháng 01 năm 2025",
            List.of("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Đề nghị tặng Giấy khen của Giám đốc Sở Công Thương năm 2024"),
            List.of(new TableDocument.Table(null, List.of(new TableDocument.Column("STT", 5),
                    new TableDocument.Column("Họ và tên", 40), new TableDocument.Column("Ghi chú", 40)),
                    List.of(List.of(1, "Nguyễn Thị Hoa", "=HYPERLINK(\"http://evil\",\"x\")"),
                            List.of(2, "Trần Văn Bình", "+1 tháng"),
                            List.of(3, "-2", "@SUM(A1)"),
                            List.of(4, VIETNAMESE, VIETNAMESE.toUpperCase())))),
            List.of("Người lập danh sách: staff"));

    @Test
    void xlsxKeepsVietnameseAndEscapesWhatLooksLikeAFormula() throws Exception {
        byte[] bytes = new XlsxDocuments().write(DOCUMENT, "Danh sách");
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
            }
        }
        assertThat(texts).contains("SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nguyễn Thị Hoa",
                "Sóc Trăng, ngày 20 tháng 01 năm 2025", "Đề nghị tặng Giấy khen của Giám đốc Sở Công Thương năm 2024",
                VIETNAMESE, VIETNAMESE.toUpperCase(), "1", "4");
        assertThat(texts).contains("'=HYPERLINK(\"http://evil\",\"x\")", "'+1 tháng", "'-2", "'@SUM(A1)")
                .doesNotContain("=HYPERLINK(\"http://evil\",\"x\")");
    }

    @Test
    void pdfEmbedsAFontWithEveryVietnameseLetterAndTheTextReadsBack() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            BaseFont font = BaseFont.createFont("LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, in.readAllBytes(), null);
            (VIETNAMESE + VIETNAMESE.toUpperCase() + "–").codePoints()
                    .forEach(c -> assertThat(font.charExists(c)).as("glyph for %s", Character.toString(c)).isTrue());
        }

        byte[] bytes = new PdfDocuments().write(DOCUMENT);
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String flat = text.toString().replaceAll("\\s+", " ");
        assertThat(flat).contains("SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                "Sóc Trăng, ngày 20 tháng 01 năm 2025", "Giấy khen của Giám đốc Sở Công Thương", "Nguyễn Thị Hoa",
                "Trần Văn Bình");
        // a word longer than its cell is broken across lines
        assertThat(flat.replace(" ", "")).contains(VIETNAMESE, VIETNAMESE.toUpperCase());

        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertThat(fonts.getKeys()).isNotEmpty();
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary f = fonts.getAsDict(key);
            assertThat(f.getAsName(PdfName.BASEFONT).toString()).contains("LiberationSerif");
            PdfDictionary descendant = f.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            assertThat(descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2)).as("embedded font file").isNotNull();
        }
    }
}
