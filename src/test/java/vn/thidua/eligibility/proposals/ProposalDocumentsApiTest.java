package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/** A decided proposal's list and the yearly report, downloaded as .xlsx and PDF and read back. */
@ApiTest
class ProposalDocumentsApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    ProposalFixtures f;
    long id;

    @BeforeEach
    void decided2023() throws Exception {
        f = new ProposalFixtures(mvc, json);
        f.replaceFacts(jdbc);
        id = f.propose(f.annualRun(2023)).get("id").asLong();
        f.send("staff", "/api/proposals/" + id + "/entries", """
                {"subjectType": "PERSON", "subjectCode": "NV003", "reason": "Tích cực hỗ trợ một cửa",
                 "note": "=HYPERLINK(\\"http://evil\\",\\"x\\")", "confirmed": true}""", status().isOk());
        f.put("staff", "/api/proposals/" + id + "/entries/PERSON/NV001/note", "{\"note\": \"Nữ, tiêu biểu\"}", status().isOk());
        f.submit(id);
        f.review(id, "01/BB-HĐTĐKT", "2024-01-18", """
                [{"subjectType": "PERSON", "subjectCode": "NV001", "result": "AGREED"},
                 {"subjectType": "PERSON", "subjectCode": "NV002", "result": "AGREED"},
                 {"subjectType": "PERSON", "subjectCode": "NV003", "result": "REJECTED", "reason": "Chưa đủ thành tích"}]""",
                status().isOk());
        f.decide(id, "15/QĐ-SCT", "2024-01-20", "Giám đốc Sở Công Thương", status().isOk());
    }

    @Test
    void theListAsXlsxReadsAsTheOfficeFilesIt() throws Exception {
        MockHttpServletResponse response = download("/api/proposals/" + id + "/list.xlsx");
        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("danh-sach-de-nghi-" + id + ".xlsx");
        List<String> cells = xlsxCells(response.getContentAsByteArray());
        assertThat(cells).contains("SỞ CÔNG THƯƠNG", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Sóc Trăng, ngày 20 tháng 01 năm 2024",
                "Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Minh Tâm", "Văn phòng Sở", "Giấy khen của Giám đốc Sở Công Thương tỉnh Sóc Trăng",
                "UBND TỈNH SÓC TRĂNG",
                "Đồng ý", "Không đồng ý: Chưa đủ thành tích", "Nữ, tiêu biểu",
                "(Kèm theo Quyết định số 15/QĐ-SCT ngày 20 tháng 01 năm 2024 của Giám đốc Sở Công Thương)");
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("Có sáng kiến cải cách hành chính được công nhận").contains("“Một cửa điện tử”"));
        // the account staff has no name yet: a blank to write in, never the login
        assertThat(cells).contains("Người lập danh sách: " + PeopleOnDocuments.BLANK);
        assertThat(cells).anySatisfy(c -> assertThat(c).startsWith("'=HYPERLINK(")
                // NV003's item has no score the year before the run's: the run could not decide it
                .contains("Đề nghị bổ sung ngoài kết quả xét (kết quả xét: Chưa xác định được (thiếu dữ liệu)); người đề nghị: "
                        + PeopleOnDocuments.BLANK));
    }

    @Test
    void theListAsPdfCarriesTheSameWordsInVietnamese() throws Exception {
        MockHttpServletResponse response = download("/api/proposals/" + id + "/list.pdf");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = ProposalFixtures.pdfText(response.getContentAsByteArray());
        assertThat(text).contains("SỞ CÔNG THƯƠNG", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "ngày 20 tháng 01 năm 2024",
                "Đề nghị tặng Giấy khen của Giám đốc Sở Công Thương tỉnh Sóc Trăng năm 2023", "Nguyễn Thị Hoa", "Trần Văn Bình",
                "Lê Minh Tâm", "Phong trào thi đua cải cách hành chính", "Biên bản họp Hội đồng Thi đua – Khen thưởng số 01/BB-HĐTĐKT");
    }

    @Test
    void theYearlyReportDownloads() throws Exception {
        List<String> cells = xlsxCells(download("/api/reports/yearly/2023/report.xlsx").getContentAsByteArray());
        assertThat(cells).contains("BÁO CÁO KẾT QUẢ KHEN THƯỞNG NĂM 2023", "Kính gửi: UBND tỉnh Sóc Trăng (qua Sở Nội vụ)",
                "Văn phòng Sở", "Nguyễn Thị Hoa", "Số 15/QĐ-SCT ngày 20 tháng 01 năm 2024", "Cá nhân được tặng Giấy khen");
        assertThat(ProposalFixtures.pdfText(download("/api/reports/yearly/2023/report.pdf").getContentAsByteArray()))
                .contains("BÁO CÁO KẾT QUẢ KHEN THƯỞNG NĂM 2023", "Phòng Quản lý thương mại", "Trần Văn Bình");
    }

    private MockHttpServletResponse download(String url) throws Exception {
        return mvc.perform(get(url).with(as("auditor"))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static List<String> xlsxCells(byte[] bytes) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return cells;
    }
}
