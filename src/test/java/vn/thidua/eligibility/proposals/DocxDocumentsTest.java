package vn.thidua.eligibility.proposals;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The template filled: every placeholder takes its value, lists repeat their paragraph or row, empty parts go. */
class DocxDocumentsTest {
    static final OfficialDocument DECISION = new OfficialDocument(List.of("UBND TỈNH SÓC TRĂNG", "SỞ CÔNG THƯƠNG"),
            "15/QĐ-SCT", "Sóc Trăng, ngày 20 tháng 01 năm 2025", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen năm 2024",
            "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH SÓC TRĂNG", "",
            List.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "Căn cứ Nghị định 98/2023/NĐ-CP;"),
            List.of(new OfficialDocument.Article("Điều 1.", "Tặng Giấy khen $1 cho 2 cá nhân."),
                    new OfficialDocument.Article("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký.")),
            List.of("- Như Điều 2;", "- Lưu: VT, VP."),
            new OfficialDocument.Signature(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Lâm Thị Thu"),
            new OfficialDocument.AttachedList(List.of("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "NĂM 2024"),
                    "(Kèm theo Quyết định số 15/QĐ-SCT)", List.of(
                    new OfficialDocument.Column("stt", "STT", 6), new OfficialDocument.Column("ten", "Họ và tên", 26),
                    new OfficialDocument.Column("don_vi", "Đơn vị", 22), new OfficialDocument.Column("thanh_tich", "Thành tích", 46)),
                    List.of(List.of("1", "Nguyễn Thị Hoa", "Văn phòng Sở", "Có sáng kiến."),
                            List.of("2", "Lê Minh Tâm (*)", "Phòng Quản lý thương mại", "Tích cực.")),
                    List.of("(*) Đưa vào danh sách theo đề xuất của Nguyễn Văn An.", "Tổng số: 2 cá nhân.")));

    @Test
    void theTemplateFilledHoldsTheDocumentAndNoPlaceholder() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new DocxDocuments().write(DECISION)))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).doesNotContain("${", "Kính gửi")
                    .contains("UBND TỈNH SÓC TRĂNG", "Số: 15/QĐ-SCT", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH",
                            "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;\nCăn cứ Nghị định 98/2023/NĐ-CP;",
                            "Điều 1. Tặng Giấy khen $1 cho 2 cá nhân.\nĐiều 2. Quyết định này",
                            "- Như Điều 2;\t- Lưu: VT, VP.", "KT. GIÁM ĐỐC\tPHÓ GIÁM ĐỐC", "Lâm Thị Thu",
                            "(*) Đưa vào danh sách theo đề xuất của Nguyễn Văn An.\nTổng số: 2 cá nhân.");
            XWPFTable list = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(list.getRows()).extracting(DocxDocumentsTest::cells).containsExactly(
                    List.of("STT", "Họ và tên", "Đơn vị", "Thành tích"),
                    List.of("1", "Nguyễn Thị Hoa", "Văn phòng Sở", "Có sáng kiến."),
                    List.of("2", "Lê Minh Tâm (*)", "Phòng Quản lý thương mại", "Tích cực."));
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
