package vn.thidua.eligibility.pages;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.web.ApiTest;
import vn.thidua.eligibility.workbook.TemplateWorkbook;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case of issue 10 on both import pages: a new unit's item imported under the code of an item the
 * demo Department stored for VP would move it away from VP. The preview says so, field by field,
 * before anything is stored.
 */
@ApiTest
class ImportPreviewPagesTest {
    private static final String OWNER = "SELECT unit_code FROM criteria WHERE year = 2024 AND code = '1.1.1'";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TemplateWorkbook template;

    @BeforeEach
    void demo(@Autowired FactImport facts) {
        DemoDepartment.importFacts(jdbc, facts);
    }

    @Test
    void theWorkbookPreviewListsTheItemTakenFromItsUnitBeforeAndAfter() throws Exception {
        byte[] workbook = WorkbookPagesTest.edited(template.empty(), wb -> {
            row(wb.getSheet("Đơn vị"), "MOI", "Phòng Mới");
            row(wb.getSheet("Đơn vị"), "VP", "Văn phòng Sở");
            Row item = wb.getSheet("Tiêu chí chấm điểm").createRow(1);
            item.createCell(0).setCellValue(2024);
            item.createCell(1).setCellValue("1.1.1");
            item.createCell(2).setCellValue("Công tác chỉ đạo, điều hành – nội dung 1");
            item.createCell(3).setCellValue(2.5);
            item.createCell(4).setCellValue(2.5);
            item.createCell(5).setCellValue("MOI");
        });

        String page = page(mvc.perform(multipart("/facts/workbook")
                .file(new MockMultipartFile("workbook", "moi.xlsx", null, workbook))
                .with(user("staff").roles("STAFF")).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray());

        assertThat(page).contains("Sẽ thêm mới 1 bản ghi; 1 bản ghi giống hệt bản đã lưu (không đổi); 1 bản ghi sẽ thay thế",
                "Các bản ghi đã lưu sẽ bị thay thế (1)", "<code>2024/1.1.1</code>",
                "<td>Mã đơn vị</td>", "<td class=\"before\">VP</td>", "<td class=\"after\">MOI</td>",
                "<td>Mã cán bộ phụ trách</td>", "<td class=\"before\">NV001</td>", "<td class=\"after\">—</td>")
                .doesNotContain("<td>Điểm</td>");
        assertThat(jdbc.queryForObject(OWNER, String.class)).isEqualTo("VP");
    }

    @Test
    void theJsonPagePreviewsTheSameWithoutStoringAndImportsOnlyWhenAskedTo() throws Exception {
        byte[] bundle = """
                {"units": [{"code": "MOI", "name": "Phòng Mới"}],
                 "criteria": [{"year": 2024, "code": "1.1.1", "name": "Công tác chỉ đạo, điều hành – nội dung 1",
                               "maxScore": 2.5, "score": 2, "unitCode": "MOI", "officerCode": "NV001"}]}
                """.getBytes(StandardCharsets.UTF_8);

        String preview = page(mvc.perform(multipart("/facts/import/preview")
                .file(new MockMultipartFile("bundle", "moi.json", "application/json", bundle))
                .with(user("staff").roles("STAFF")).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray());
        assertThat(preview).contains("Xem trước tệp moi.json", "chọn lại tệp",
                "<code>2024/1.1.1</code>", "<td>Điểm</td>", "<td class=\"before\">2,5</td>", "<td class=\"after\">2</td>",
                "<td class=\"before\">VP</td>", "<td class=\"after\">MOI</td>");
        assertThat(jdbc.queryForObject(OWNER, String.class)).isEqualTo("VP");

        mvc.perform(multipart("/facts/import").file(new MockMultipartFile("bundle", "moi.json", "application/json", bundle))
                .with(user("staff").roles("STAFF")).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(OWNER, String.class)).isEqualTo("MOI");
    }

    @Test
    void anAuditorCannotPreview() throws Exception {
        mvc.perform(multipart("/facts/import/preview").file(new MockMultipartFile("bundle", "b.json", "application/json", "{}".getBytes()))
                .with(user("auditor").roles("AUDITOR")).with(csrf())).andExpect(status().isForbidden());
    }

    private static void row(Sheet sheet, String code, String name) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(name);
    }

    private static String page(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
