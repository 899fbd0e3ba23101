package vn.thidua.eligibility.facts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/facts/csv/{kind}: dossiers and tasks as a one-stop system exports them. */
class CsvImportApiTest extends DatabaseTest {

    @BeforeEach
    void units() throws Exception {
        postBundle("""
                {"units": [{"code": "VP", "name": "Văn phòng"}, {"code": "KT", "name": "Phòng Kỹ thuật"}]}""")
                .andExpect(status().isOk());
    }

    private ResultActions csv(String kind, byte[] body) throws Exception {
        return mvc.perform(post("/api/facts/csv/" + kind).with(csrf()).contentType("text/csv").content(body));
    }

    private ResultActions csv(String kind, String body) throws Exception {
        return csv(kind, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesDossiersUnderVietnameseHeadersWithSemicolonsABomAndDayFirstDates() throws Exception {
        String file = "\uFEFFSTT;Mã hồ sơ;Tên thủ tục;Mã đơn vị;Hạn xử lý;Ngày hoàn thành\r\n"
                + "1;000.00.12.H60-240301-0001;\"Cấp giấy phép; lần đầu\";VP;15/03/2024;14/03/2024 16:30\r\n"
                + "2;000.00.12.H60-240301-0002;Cấp lại;KT;2024-03-20;\r\n"
                + "\r\n";
        csv("dossiers", file).andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds.dossiers.added").value(2));
        getFacts("dossiers").andExpect(jsonPath("$.items[*].code",
                        contains("000.00.12.H60-240301-0001", "000.00.12.H60-240301-0002")))
                .andExpect(jsonPath("$.items[0].dueDate").value("2024-03-15"))
                .andExpect(jsonPath("$.items[0].completedDate").value("2024-03-14"))
                .andExpect(jsonPath("$.items[1].unitCode").value("KT"))
                .andExpect(jsonPath("$.items[1].completedDate").doesNotExist());
    }

    @Test
    void storesTasksUnderTheBundlesFieldNamesWithCommasAndQuotes() throws Exception {
        csv("tasks", """
                code,unitCode,title,dueDate,completedDate
                NV-1,VP,"Báo cáo ""CCHC"", quý I",2024-03-31,2024-03-30
                NV-2,KT,Kế hoạch,30/06/2024,
                """).andExpect(status().isOk()).andExpect(jsonPath("$.kinds.tasks.added").value(2));
        getFacts("tasks").andExpect(jsonPath("$.items[0].title").value("Báo cáo \"CCHC\", quý I"))
                .andExpect(jsonPath("$.items[1].dueDate").value("2024-06-30"));
    }

    @Test
    void aLineBreakInAQuotedCellIsRefusedAndLaterLinesKeepTheirNumbers() throws Exception {
        csv("tasks", """
                Mã nhiệm vụ,Mã đơn vị,Nội dung nhiệm vụ,Hạn hoàn thành
                NV-1,VP,"Báo cáo
                quý I",31/03/2024
                NV-2,KT,Kế hoạch,31/13/2024
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", contains("line 2, column 3 (Nội dung nhiệm vụ)",
                        "line 4, column 4 (Hạn hoàn thành)")));
        assertThat(rowCounts()).containsEntry("tasks", 0);
    }

    @Test
    void aBadDateIsNamedByLineAndColumnAndNothingIsStored() throws Exception {
        csv("dossiers", """
                Mã hồ sơ,Mã đơn vị,Hạn giải quyết,Ngày hoàn thành
                HS-1,VP,15/03/2024,
                HS-2,VP,2024/03/15,
                HS-3,VP,31/02/2024,
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The CSV file was rejected: 2 errors"))
                .andExpect(jsonPath("$.errors[*].path", contains("line 3, column 3 (Hạn giải quyết)",
                        "line 4, column 3 (Hạn giải quyết)")))
                .andExpect(jsonPath("$.errors[0].message").value("dueDate '2024/03/15' is not a date dd/MM/yyyy or yyyy-MM-dd"))
                .andExpect(jsonPath("$.errors[1].message").value("dueDate 31/02/2024 is not a day of the calendar"));
        assertThat(rowCounts()).containsEntry("dossiers", 0);
    }

    @Test
    void anUnknownUnitCodeAndAKeyGivenTwiceAreNamedByLine() throws Exception {
        csv("dossiers", """
                Mã hồ sơ;Mã đơn vị;Hạn xử lý
                HS-1;VP;15/03/2024
                HS-2;XX;15/03/2024
                HS-1;KT;16/03/2024
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", contains("line 3, column 2 (Mã đơn vị)", "line 4")))
                .andExpect(jsonPath("$.errors[0].message").value("unitCode 'XX' names no unit in this file or in the database"))
                .andExpect(jsonPath("$.errors[1].message").value("Duplicate key (code HS-1): already given at line 2"));
        assertThat(rowCounts()).containsEntry("dossiers", 0);
    }

    @Test
    void theImportPageTakesACsvFileAndSaysWhatItAddedOrWhereItIsWrong() throws Exception {
        MockMultipartFile good = new MockMultipartFile("csv", "hoso.csv", "text/csv",
                "Mã hồ sơ;Mã đơn vị;Hạn xử lý\nHS-1;VP;15/03/2024\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/facts/import/csv").file(good).param("kind", "dossiers").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("hoso.csv")));
        assertThat(rowCounts()).containsEntry("dossiers", 1);

        MockMultipartFile bad = new MockMultipartFile("csv", "nhiemvu.csv", "text/csv",
                "Mã nhiệm vụ,Mã đơn vị,Nội dung nhiệm vụ,Hạn hoàn thành\nNV-1,VP,Báo cáo,31/02/2024\n"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/facts/import/csv").file(bad).param("kind", "tasks").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("line 2, column 4 (Hạn hoàn thành)")));
        assertThat(rowCounts()).containsEntry("tasks", 0);
    }

    @Test
    void aHeaderWithoutARequiredColumnOrALineWithTooManyCellsIsRefused() throws Exception {
        csv("dossiers", "Mã hồ sơ,Ngày hoàn thành\nHS-1,15/03/2024\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].path", contains("line 1", "line 1")))
                .andExpect(jsonPath("$.errors[0].message").value("No column for unitCode: the header row needs a column "
                        + "named “Mã đơn vị”, “unitCode”"));
        csv("dossiers", "Mã hồ sơ,Mã đơn vị,Hạn xử lý\nHS-1,VP,15/03/2024,extra\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("line 2"));
        csv("dossiers", new byte[]{'c', 'o', 'd', 'e', '\n', (byte) 0xC3, '\n'}).andExpect(status().isBadRequest());
        csv("dossiers", "").andExpect(status().isBadRequest());
        csv("people", "code\n").andExpect(status().isNotFound());
        assertThat(rowCounts()).containsEntry("dossiers", 0);
    }
}
