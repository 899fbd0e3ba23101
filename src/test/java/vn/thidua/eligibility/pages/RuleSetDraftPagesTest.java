package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.rulesets.RuleSetVersion;
import vn.thidua.eligibility.security.Role;
import vn.thidua.eligibility.security.UserManagement;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A draft's page is where it is approved or dropped: it shows what the draft changes from the active
 * version, disables its author's activate button saying why, asks before activating or discarding,
 * and explains what a value "from" a date means.
 */
@ApiTest
class RuleSetDraftPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    RuleSetAdministration ruleSets;

    int active;
    RuleSetVersion draft;
    /** An administrator other than the author: a real account, as a session must belong to one. */
    String approver;

    @BeforeEach
    void aDraftByAdmin(@Autowired UserManagement users) {
        approver = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(approver, "tundra-quill-88-mosaic", Role.ADMIN, "admin");
        active = ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst().orElseThrow().version();
        draft = ruleSets.create(new RuleSetAdministration.Draft(active, Map.of("decision.drl",
                ruleSets.get(active).files().get("decision.drl") + "// reviewed by the council\n"), "draft pages"), "admin");
    }

    @Test
    void theAuthorSeesTheChangesAndADisabledActivateButtonWithTheReason() throws Exception {
        String page = page("admin");
        assertThat(page).contains("Thay đổi so với phiên bản đang áp dụng (phiên bản " + active + ")",
                        "<code>decision.drl</code>", "class=\"added\">+// reviewed by the council</span>",
                        "id=\"activate-reason\"", "Anh/chị là người soạn phiên bản " + draft.version() + ", nên không thể tự kích hoạt",
                        "aria-describedby=\"activate-reason\"",
                        "áp dụng cho các đợt xét có ngày xét (ngày tham chiếu) từ ngày đó trở về sau",
                        "data-confirm=\"Kích hoạt phiên bản " + draft.version() + "?",
                        "data-confirm=\"Hủy bỏ bản nháp phiên bản " + draft.version() + "?");
        assertThat(activateButton(page)).contains("disabled");
    }

    @Test
    void anotherAdministratorMayActivateAndSeesNoReasonNot() throws Exception {
        String page = page(approver);
        assertThat(page).contains("Thay đổi so với phiên bản đang áp dụng", "+// reviewed by the council")
                .doesNotContain("id=\"activate-reason\"");
        assertThat(activateButton(page)).doesNotContain("disabled");
    }

    @Test
    void aDiscardedDraftSaysSoAndOffersNeitherActivationNorDiscarding() throws Exception {
        mvc.perform(post("/rulesets/" + draft.version() + "/discard").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/rulesets/" + draft.version()));
        assertThat(ruleSets.get(draft.version()).status()).isEqualTo(RuleSetStatus.DISCARDED);

        String page = page("admin");
        assertThat(page).contains("Đã hủy bỏ").doesNotContain("/activate\"", "/discard\"", "id=\"changes\"");
        assertThat(mvc.perform(get("/rulesets").with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Đã hủy bỏ");

        // sent again (a second tab): said in words, nothing changes
        String again = mvc.perform(post("/rulesets/" + draft.version() + "/discard").with(user(approver).roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Phiên bản " + draft.version() + " không còn là bản nháp");
    }

    @Test
    void anAuditorCannotDiscard() throws Exception {
        mvc.perform(post("/rulesets/" + draft.version() + "/discard").with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(ruleSets.get(draft.version()).status()).isEqualTo(RuleSetStatus.DRAFT);
    }

    private String page(String admin) throws Exception {
        return mvc.perform(get("/rulesets/" + draft.version()).with(user(admin).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String activateButton(String page) {
        int form = page.indexOf("/activate\"");
        int button = page.indexOf("<button", form);
        return page.substring(button, page.indexOf(">", button));
    }
}
