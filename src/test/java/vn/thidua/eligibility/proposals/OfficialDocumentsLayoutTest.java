package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.web.ApiTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.eligibility.security.TestAccounts.as;

/**
 * The Tờ trình and the decision read as Nghị định 30/2020/NĐ-CP lays them out, in both files: the
 * .docx as LibreOffice prints it, and the PDF, their text extracted by pdftotext. The first page of
 * each is also drawn to target/documents/*.png for a person to look at.
 * <p>
 * The decided list of 2024: the unit VP, Nguyễn Thị Hoa (P1) and Trần Văn Bình (P2) as the run found
 * them, and Lê Minh Tâm added by override; the Council rejected Trần Văn Bình. The list was compiled by
 * the account staff, held by Nguyễn Văn An; the decision was signed by the account admin, held by the
 * Deputy Director Trần Quốc Việt.
 */
@ApiTest
@Tag("office")
@ExtendWith(OfficeToolsInstalled.class)
class OfficialDocumentsLayoutTest {
    private static final Path OUT = Path.of("target", "documents");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    long id;

    @BeforeEach
    void decided2024() throws Exception {
        ProposalFixtures f = new ProposalFixtures(mvc, json);
        holder("staff", "Nguyễn Văn An", "Chuyên viên Văn phòng Sở");
        holder("admin", "Trần Quốc Việt", "Phó Giám đốc");
        f.replaceFacts(jdbc);
        id = f.propose(f.annualRun(2024)).get("id").asLong();
        f.send("staff", "/api/proposals/" + id + "/entries", """
                {"subjectType": "PERSON", "subjectCode": "NV003", "reason": "Tích cực hỗ trợ bộ phận một cửa", "confirmed": true}""",
                status().isOk());
        f.submit(id);
        f.review(id, "02/BB-HĐTĐKT", "2025-01-18", """
                [{"subjectType": "UNIT", "subjectCode": "VP", "result": "AGREED"},
                 {"subjectType": "PERSON", "subjectCode": "NV001", "result": "AGREED"},
                 {"subjectType": "PERSON", "subjectCode": "NV002", "result": "REJECTED", "reason": "Chưa tiêu biểu"},
                 {"subjectType": "PERSON", "subjectCode": "NV003", "result": "AGREED"}]""", status().isOk());
        f.decide(id, "15/QĐ-SCT", "2025-01-20", "admin", status().isOk());
        Files.createDirectories(OUT);
    }

    /** The other tests know these accounts without a name. */
    @AfterEach
    void unnamed() throws Exception {
        holder("staff", "", "");
        holder("admin", "", "");
    }

    private void holder(String username, String fullName, String position) throws Exception {
        mvc.perform(put("/api/users/{u}/holder", username).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("fullName", fullName, "position", position))))
                .andExpect(status().isOk());
    }

    @Test
    void theDecisionAsDocxPrintsInTheStatesForm() throws Exception {
        theDecisionReadsInTheStatesForm(printed("decision.docx"));
    }

    @Test
    void theDecisionAsPdfPrintsInTheStatesForm() throws Exception {
        theDecisionReadsInTheStatesForm(printed("decision.pdf"));
    }

    @Test
    void theProposalAsDocxPrintsInTheStatesForm() throws Exception {
        theProposalReadsInTheStatesForm(printed("proposal.docx"));
    }

    @Test
    void theProposalAsPdfPrintsInTheStatesForm() throws Exception {
        theProposalReadsInTheStatesForm(printed("proposal.pdf"));
    }

    private void theDecisionReadsInTheStatesForm(Printed doc) {
        theHeaderIsInTwoColumns(doc, "Số: 15/QĐ-SCT", "Sóc Trăng, ngày 20 tháng 01 năm 2025");
        assertThat(doc.text()).contains("QUYẾT ĐỊNH", "Về việc tặng Giấy khen năm 2024",
                "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH SÓC TRĂNG",
                "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "Căn cứ Nghị định 98/2023/NĐ-CP;",
                "Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng số 02/BB-HĐTĐKT ngày 18 tháng 01 năm 2025;",
                "Điều 1. Tặng Giấy khen của Giám đốc Sở Công Thương tỉnh Sóc Trăng cho 1 tập thể và 2 cá nhân",
                "Điều 2.", "Điều 3.", "- Như Điều 3;",
                "(Kèm theo Quyết định số 15/QĐ-SCT ngày 20 tháng 01 năm 2025 của Giám đốc Sở Công Thương tỉnh Sóc Trăng)");
        // a repealed law is not cited on 15/01/2025
        assertThat(doc.text()).doesNotContain("Luật Thi đua, khen thưởng 2003", "Nghị định 91/2017/NĐ-CP");
        theSignatureIsBottomRight(doc, "KT. GIÁM ĐỐC", "Trần Quốc Việt");
        assertThat(doc.text()).contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC");
        // the list: the granted only, their achievement in words, the override marked
        assertThat(doc.text()).contains("Văn phòng Sở", "Nguyễn Thị Hoa", "Lê Minh Tâm (*)",
                "Có 2/2 tiêu chí năm 2024 đạt tròn điểm chuẩn (100%); tỷ lệ điểm đạt năm 2024 là 100%, cao hơn năm 2023 (83,33%);"
                        + " hoàn thành đúng hạn 1 nhiệm vụ Ủy ban nhân dân tỉnh giao",
                "Có sáng kiến cải cách hành chính được công nhận: “Số hóa hồ sơ” (công nhận ngày 20/11/2024).",
                "Tích cực hỗ trợ bộ phận một cửa.",
                "(*) Đưa vào danh sách theo đề xuất của Nguyễn Văn An (Chuyên viên Văn phòng Sở)",
                "Tổng số: 1 tập thể và 2 cá nhân.", "Người lập danh sách: Nguyễn Văn An (Chuyên viên Văn phòng Sở).");
        assertThat(doc.text()).doesNotContain("Trần Văn Bình", "→", "trễ hạn:", "staff", "admin");
        theSttHeadingDoesNotWrap(doc);
    }

    private void theProposalReadsInTheStatesForm(Printed doc) {
        theHeaderIsInTwoColumns(doc, "/TTr-SCT", "Sóc Trăng, ngày 18 tháng 01 năm 2025");
        assertThat(doc.text()).contains("TỜ TRÌNH", "Về việc đề nghị tặng Giấy khen của Giám đốc Sở Công Thương tỉnh Sóc Trăng năm 2024",
                "Kính gửi: Giám đốc Sở Công Thương tỉnh Sóc Trăng", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
                "Kính trình Giám đốc Sở Công Thương tỉnh Sóc Trăng xem xét, quyết định./.", "- Như trên;",
                "DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN", "Lê Minh Tâm (*)",
                "Người lập danh sách: Nguyễn Văn An (Chuyên viên Văn phòng Sở).");
        // after the Council met, the Tờ trình proposes what it agreed
        assertThat(doc.text()).doesNotContain("Trần Văn Bình", "staff");
        theSignatureIsBottomRight(doc, "CHÁNH VĂN PHÒNG", PeopleOnDocuments.BLANK);
        theSttHeadingDoesNotWrap(doc);
    }

    /** The issuing body beside the motto, the number beside the place and date, on the same lines. */
    private static void theHeaderIsInTwoColumns(Printed doc, String number, String placeDate) {
        assertThat(doc.lines()).anySatisfy(l -> assertThat(l).containsPattern("UBND TỈNH SÓC TRĂNG\\s{3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertThat(doc.lines()).anySatisfy(l -> assertThat(l).containsPattern("SỞ CÔNG THƯƠNG\\s{3,}Độc lập - Tự do - Hạnh phúc"));
        assertThat(doc.lines()).anySatisfy(l -> assertThat(l).contains(number).contains(placeDate)
                .satisfies(x -> assertThat(x.indexOf(number)).isLessThan(x.indexOf(placeDate))));
    }

    /** "Nơi nhận:" on the left, the position on the right of the same line, the name below it on the right. */
    private static void theSignatureIsBottomRight(Printed doc, String position, String name) {
        List<String> lines = doc.lines();
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*Nơi nhận:\\s{3,}" + position + "\\s*")) {
                at = i;
            }
        }
        assertThat(at).as("a line with Nơi nhận: left and %s right", position).isNotNegative();
        int column = lines.get(at).indexOf(position);
        assertThat(lines.subList(at + 1, Math.min(lines.size(), at + 12)))
                .anySatisfy(l -> assertThat(l.indexOf(name)).isGreaterThan(column - name.length()));
    }

    private static void theSttHeadingDoesNotWrap(Printed doc) {
        assertThat(doc.lines()).anySatisfy(l -> assertThat(l).containsPattern("(^|\\s)STT\\s"));
    }

    /** The file downloaded as the auditor would, printed to PDF when it is a .docx, its text and its first page drawn. */
    private Printed printed(String file) throws Exception {
        byte[] bytes = mvc.perform(get("/api/proposals/" + id + "/" + file).with(as("auditor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String stem = file.replace('.', '-');
        Path written = OUT.resolve(stem + "." + (file.endsWith(".docx") ? "docx" : "pdf"));
        Files.write(written, bytes);
        Path pdf = written;
        if (file.endsWith(".docx")) {
            run("soffice", "-env:UserInstallation=file://" + OUT.toAbsolutePath().resolve("lo-profile"), "--headless",
                    "--convert-to", "pdf", "--outdir", OUT.toString(), written.toString());
            pdf = OUT.resolve(stem + ".pdf");
        }
        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf.toString(), OUT.resolve(stem).toString());
        Path layout = OUT.resolve(stem + ".layout.txt");
        Path plain = OUT.resolve(stem + ".txt");
        run("pdftotext", "-layout", pdf.toString(), layout.toString());
        run("pdftotext", pdf.toString(), plain.toString());
        return new Printed(Files.readAllLines(layout), Files.readString(plain).replaceAll("\\s+", " "));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("tools.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished in time", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s exit code (see %s)", command[0], OUT.resolve("tools.log")).isZero();
    }

    /** @param lines the page text laid out as printed; @param text the reading-order text, spaces collapsed */
    private record Printed(List<String> lines, String text) {
        Printed {
            lines = new ArrayList<>(lines);
        }
    }
}
