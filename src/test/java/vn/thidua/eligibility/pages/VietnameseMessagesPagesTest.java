package vn.thidua.eligibility.pages;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The problems the modules find are shown in the page's language: a Vietnamese page says them in
 * Vietnamese, the English page (and the API, see the API tests) in English, from the same keys.
 */
@ApiTest
class VietnameseMessagesPagesTest {
    private static final String BAD_BUNDLE = """
            {"units": [{"code": "VP"}],
             "people": [{"code": "NV1", "fullName": "Lê Thị Hoa", "unitCode": "VP", "category": "CIVIL", "gender": "FEMALE"}],
             "criteria": [{"year": 2024, "code": "1.1", "name": "Kế hoạch", "maxScore": 2, "score": 3, "unitCode": "VP"}]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleSetAdministration ruleSets;

    @Test
    void theJsonImportsErrorsAreVietnameseOnTheVietnamesePageAndEnglishOnTheEnglishOne() throws Exception {
        assertThat(importBundle(null)).contains(
                        "Thiếu name (bắt buộc)",
                        "category 'CIVIL' không phải một giá trị được phép: CONG_CHUC, VIEN_CHUC, NGUOI_LAO_DONG",
                        "score 3 lớn hơn maxScore 2")
                .doesNotContain("is required", "is not one of", "is above");
        assertThat(importBundle("en")).contains("name is required", "score 3 is above maxScore 2");
    }

    @Test
    void aRunFormsRefusalIsVietnameseWithTheFieldsLabel() throws Exception {
        String page = page(mvc.perform(post("/runs").with(user("staff").roles("STAFF")).with(csrf())
                .param("year", "2024").param("referenceDate", "31/12/2023")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Đợt xét chưa được chạy",
                        "Ngày xét: 31/12/2023 trước khi năm được xét 2024 bắt đầu")
                .doesNotContain("is before the evaluated year");
    }

    @Test
    void aRuleEditorProblemIsAVietnameseSentenceAboveDroolsOwnText() throws Exception {
        RuleSetVersion base = ruleSets.get(ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE)
                .findFirst().orElseThrow().version());
        String broken = base.files().get("decision.drl") + "\nrule \"Thử\"\nwhen\n    KhongCo()\nthen\nend\n";
        String location = mvc.perform(post("/rulesets/" + base.version() + "/edit").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("path", "decision.drl", "parameters.yaml")
                        .param("content", broken, base.files().get("parameters.yaml")).param("note", "hỏng"))
                .andExpect(redirectedUrlPattern("/rulesets/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();

        String editor = page(mvc.perform(get(location).with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(editor).containsPattern("Quy tắc có lỗi ở tệp decision\\.drl, dòng \\d+(, cột \\d+)?: Drools hoặc bước kiểm tra"
                + " quy tắc không chấp nhận\\.");
        // the technical detail stays below it, as Drools wrote it
        assertThat(editor.substring(editor.indexOf("Quy tắc có lỗi ở tệp decision.drl"))).contains("KhongCo", "problem-message");

        String english = page(mvc.perform(get(location).param("lang", "en").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(english).contains("A rule is wrong at file decision.drl, line", "KhongCo");
    }

    private String importBundle(String language) throws Exception {
        var request = multipart("/facts/import")
                .file(new MockMultipartFile("bundle", "hong.json", "application/json", BAD_BUNDLE.getBytes(StandardCharsets.UTF_8)))
                .with(user("staff").roles("STAFF")).with(csrf());
        if (language != null) {
            request.cookie(new Cookie("cchc-lang", language));
        }
        return page(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String page(String html) {
        return HtmlUtils.htmlUnescape(html);
    }
}
