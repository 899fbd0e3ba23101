package vn.thidua.eligibility.pages;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.eligibility.web.ApiTest;
import vn.thidua.eligibility.workbook.TemplateWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Excel pages through MockMvc: the preview stores nothing, the confirmation stores all, a bad workbook nothing. */
@ApiTest
class WorkbookPagesTest {
    private static final List<String> TABLES = List.of("units", "people", "criteria", "tasks", "dossiers",
            "initiatives", "disciplines", "ratings", "awards");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TemplateWorkbook template;

    @Test
    void theTemplatesDownloadAsWorkbooks() throws Exception {
        for (String name : List.of("mau-nhap-du-lieu.xlsx", "mau-du-lieu-minh-hoa.xlsx")) {
            MvcResult result = mvc.perform(get("/facts/workbook/" + name).with(user("auditor").roles("AUDITOR")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString(name)))
                    .andReturn();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
                assertThat(workbook.getSheet("Đơn vị").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tên đơn vị");
            }
        }
    }

    @Test
    void thePreviewStoresNothingAndTheConfirmationStoresTheWholeWorkbookOnce() throws Exception {
        byte[] workbook = edited(demo(), wb -> {
            Row row = wb.getSheet("Đơn vị").createRow(wb.getSheet("Đơn vị").getLastRowNum() + 1);
            row.createCell(0).setCellValue("XLSX");
            row.createCell(1).setCellValue("Phòng nhập từ Excel");
        });
        Map<String, Integer> before = rowCounts();

        String preview = upload(workbook, "staff", null);
        assertThat(preview).contains("Xem trước tệp demo.xlsx", "Xác nhận lưu dữ liệu", "Tiêu chí chấm điểm");
        assertThat(rowCounts()).isEqualTo(before);
        String token = token(preview);

        // only the person who uploaded it may confirm it
        mvc.perform(post("/facts/workbook/confirm").param("token", token).with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(content().string(containsString("không còn chờ xác nhận")));
        assertThat(rowCounts()).isEqualTo(before);

        mvc.perform(post("/facts/workbook/confirm").param("token", token).with(user("staff").roles("STAFF")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập tệp demo.xlsx")));
        assertThat(jdbc.queryForObject("SELECT name FROM units WHERE code = 'XLSX'", String.class)).isEqualTo("Phòng nhập từ Excel");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossiers WHERE code LIKE 'HS-%'", Integer.class)).isGreaterThan(200);

        // the token is used up: sending the form again stores nothing a second time
        mvc.perform(post("/facts/workbook/confirm").param("token", token).with(user("staff").roles("STAFF")).with(csrf()))
                .andExpect(content().string(containsString("không còn chờ xác nhận")));

        mvc.perform(get("/facts").param("year", "2024").param("unit", "QLCN").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiêu chí chấm điểm (10)")));
    }

    @Test
    void aWrongHeadingTextInANumberAnImpossibleDateAndAnImportErrorAreShownAtTheirCellsAndStoreNothing() throws Exception {
        Map<String, Integer> before = rowCounts();
        byte[] wrongHeading = edited(template.empty(), wb -> wb.getSheet("Tiêu chí chấm điểm").getRow(0).getCell(4).setCellValue("Diem"));
        assertThat(upload(wrongHeading, "staff", null))
                .contains("Tiêu đề cột sai: mẫu là “Điểm”, trong tệp là “Diem”.", "<code>E1</code>")
                .doesNotContain("name=\"token\"");

        byte[] badCells = edited(template.empty(), wb -> {
            row(wb.getSheet("Đơn vị"), 1, "U-X", "Đơn vị X", "31/02/2024");
            row(wb.getSheet("Tiêu chí chấm điểm"), 1, 2024.0, "9.9", "Tiêu chí", 2.0, "hai", "U-X");
            row(wb.getSheet("Tiêu chí chấm điểm"), 2, 2024.0, "9.8", "Tiêu chí", 2.0, 3.0, "U-X");
        });
        String page = HtmlUtils.htmlUnescape(upload(badCells, "staff", null));
        assertThat(page).contains("Trang tính 'Đơn vị', dòng 2, cột 'Ngày giải thể': Ngày “31/02/2024” không có trên lịch.",
                "<code>C2</code>", "Ô chứa chữ “hai”, cần nhập một số.", "<code>E2</code>",
                "Trang tính 'Tiêu chí chấm điểm', dòng 3, cột 'Điểm': score 3 lớn hơn maxScore 2", "<code>E3</code>", "3 lỗi")
                .doesNotContain("is above");
        assertThat(rowCounts()).isEqualTo(before);

        assertThat(HtmlUtils.htmlUnescape(upload(badCells, "staff", "en")))
                .contains("The date “31/02/2024” is not a day of the calendar.", "The cell holds the text “hai” where a number is needed.",
                        "Sheet 'Tiêu chí chấm điểm', row 3, column 'Điểm': score 3 is above maxScore 2");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theDropDownsLabelsAndTheCodesBothImportAndAnythingElseIsRefusedInVietnamese() throws Exception {
        Map<String, Integer> before = rowCounts();
        byte[] labelsAndCodes = edited(template.empty(), wb -> {
            row(wb.getSheet("Đơn vị"), 1, "NHAN", "Phòng nhãn");
            row(wb.getSheet("Cá nhân"), 1, "NH01", "Lê Thị Nhãn", "NHAN", "Công chức", "Nữ");
            row(wb.getSheet("Cá nhân"), 2, "NH02", "Trần Văn Mã", "NHAN", "NGUOI_LAO_DONG", "MALE");
        });
        String preview = upload(labelsAndCodes, "staff", null);
        token(preview);
        assertThat(preview).doesNotContain("class=\"problems\"");

        byte[] misspelt = edited(template.empty(), wb -> {
            row(wb.getSheet("Đơn vị"), 1, "NHAN", "Phòng nhãn");
            row(wb.getSheet("Cá nhân"), 1, "NH01", "Lê Thị Nhãn", "NHAN", "Công chức", "nữ");
        });
        assertThat(HtmlUtils.htmlUnescape(upload(misspelt, "staff", null)))
                .contains("Trang tính 'Cá nhân', dòng 2, cột 'Giới tính': “nữ” không có trong danh sách chọn; hãy chọn một trong: Nữ, Nam.")
                .doesNotContain("name=\"token\"");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void twentyThousandAndOneRowsAndAFileThatIsNotAWorkbookStoreNothing() throws Exception {
        Map<String, Integer> before = rowCounts();
        byte[] tooMany = edited(template.empty(), wb -> {
            Sheet units = wb.getSheet("Đơn vị");
            for (int r = 1; r <= 20_001; r++) {
                row(units, r, "T" + r, "Đơn vị " + r);
            }
        });
        assertThat(upload(tooMany, "staff", null)).contains("Trang có hơn 20.000 dòng dữ liệu");
        assertThat(upload(tooMany, "staff", "en")).contains("more than 20,000 data rows");

        byte[] json = Files.readAllBytes(Path.of("db/demo/fact-bundle.json"));
        assertThat(upload(json, "staff", null)).contains("Tệp này không phải là sổ tính Excel (.xlsx).");
        assertThat(upload("just text".getBytes(StandardCharsets.UTF_8), "staff", "en")).contains("This file is not an Excel workbook");
        assertThat(rowCounts()).isEqualTo(before);
    }

    /**
     * The Excel path is held to the JSON path's rules on characters: each offending one is named at its
     * cell. (A NUL cannot be written into a workbook's XML; the JSON path's test has it.)
     */
    @Test
    void codesAndNamesWithControlOrBidirectionalCharactersAreRefusedAtTheirCellsAndStoreNothing() throws Exception {
        Map<String, Integer> before = rowCounts();
        byte[] hostile = edited(template.empty(), wb -> {
            row(wb.getSheet("Đơn vị"), 1, "VP\u202Efdp", "Văn phòng");
            row(wb.getSheet("Đơn vị"), 2, "K\tT", "Phòng\r\nKế toán");
            row(wb.getSheet("Đơn vị"), 3, "TC", "Tài \u2066chính");
        });
        String page = upload(hostile, "staff", "en");
        assertThat(page).contains("<code>A2</code>", "code has the character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3",
                "<code>A3</code>", "code has the character U+0009 (CHARACTER TABULATION) at character 2",
                "<code>B3</code>", "name has the character U+000D (CARRIAGE RETURN (CR)) at character 6",
                "<code>B4</code>", "name has the character U+2066 (LEFT-TO-RIGHT ISOLATE) at character 5")
                .doesNotContain("\u202E", "\u2066", "name=\"token\"");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aZeroByteUploadIsSaidToBeEmpty() throws Exception {
        assertThat(upload(new byte[0], "staff", "en")).contains("The uploaded file is empty (0 bytes).");
        assertThat(upload(new byte[0], "staff", null)).contains("Tệp tải lên trống (0 byte).");
    }

    @Test
    void anAuditorCannotUpload() throws Exception {
        mvc.perform(multipart("/facts/workbook").file(new MockMultipartFile("workbook", "a.xlsx", null, template.empty()))
                        .with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/facts/workbook").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"workbook\""))));
    }

    private String upload(byte[] workbook, String username, String language) throws Exception {
        var request = multipart("/facts/workbook")
                .file(new MockMultipartFile("workbook", "demo.xlsx", null, workbook))
                .with(user(username).roles("STAFF")).with(csrf());
        if (language != null) {
            request.cookie(new Cookie("cchc-lang", language));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String token(String page) {
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("a confirmation form").isTrue();
        return token.group(1);
    }

    private byte[] demo() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("db/demo/fact-bundle.json"))) {
            return template.filledWith(in);
        }
    }

    static byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Double d) {
                row.createCell(c).setCellValue(d);
            } else {
                row.createCell(c).setCellValue((String) values[c]);
            }
        }
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)));
        return counts;
    }
}
