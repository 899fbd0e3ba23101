package vn.thidua.eligibility.proposals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The proposal page offers the Tờ trình and, once decided, the decision; the signed decision is attached and listed there. */
@ApiTest
class DecisionDocumentPagesTest {
    private static final RequestPostProcessor STAFF = user("staff").roles("STAFF");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
    private static final byte[] SIGNED_PDF = "%PDF-1.4\n% ký số\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    ProposalFixtures f;
    long id;

    @BeforeEach
    void reviewed2024() throws Exception {
        f = new ProposalFixtures(mvc, json);
        id = f.reviewed2024(jdbc, "04/BB-HĐTĐKT");
    }

    @Test
    void theDecisionsDocumentsAppearOnceDecidedAndBeforeThatSayWhy() throws Exception {
        mvc.perform(get("/proposals/" + id).with(AUDITOR))
                .andExpect(content().string(allOf(containsString("/proposals/" + id + "/proposal.docx"),
                        containsString("/proposals/" + id + "/proposal.pdf"), not(containsString("/decision.docx")))));
        mvc.perform(get("/proposals/" + id + "/decision.pdf").with(AUDITOR).accept(MediaType.TEXT_HTML))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Danh sách này chưa có quyết định")));
        mvc.perform(get("/proposals/" + id + "/proposal.docx").with(AUDITOR)).andExpect(status().isOk())
                .andExpect(content().contentType(DocxDocuments.MEDIA_TYPE));

        f.decide(id, "23/QĐ-SCT", "2025-01-20", "Nguyễn Văn Giám", status().isOk());
        mvc.perform(get("/proposals/" + id).with(AUDITOR))
                .andExpect(content().string(allOf(containsString("/proposals/" + id + "/decision.docx"),
                        containsString("/proposals/" + id + "/decision.pdf"), containsString("Chưa đính kèm quyết định đã ký"),
                        not(containsString("name=\"file\"")))));
        mvc.perform(get("/proposals/" + id + "/decision.pdf").with(STAFF)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void anAdministratorAttachesTheSignedDecisionAndThePageListsWhoWhenAndTheHash() throws Exception {
        f.decide(id, "24/QĐ-SCT", "2025-01-20", "Nguyễn Văn Giám", status().isOk());
        MockMultipartFile signed = new MockMultipartFile("file", "qd-24-da-ky.pdf", "application/pdf", SIGNED_PDF);
        mvc.perform(multipart("/proposals/" + id + "/signed-decision").file(signed).with(STAFF).with(csrf()))
                .andExpect(status().isForbidden());
        MockMultipartFile word = new MockMultipartFile("file", "qd.docx", "application/pdf",
                "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(multipart("/proposals/" + id + "/signed-decision").file(word).with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tệp: không phải tệp PDF hay bản quét (PNG, JPEG, TIFF): các byte đầu của tệp là 50 4b 03 04")));
        mvc.perform(multipart("/proposals/" + id + "/signed-decision").file(signed).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(get("/proposals/" + id).with(AUDITOR))
                .andExpect(content().string(allOf(containsString("qd-24-da-ky.pdf"),
                        containsString(SignedDecisionService.sha256(SIGNED_PDF)), containsString("Người đính kèm"),
                        containsString("/proposals/" + id + "/signed-decisions/"))));
        mvc.perform(get("/proposals/" + id + "/signed-decision").with(AUDITOR)).andExpect(status().isOk())
                .andExpect(content().bytes(SIGNED_PDF));
    }
}
