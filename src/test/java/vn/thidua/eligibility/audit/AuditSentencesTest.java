package vn.thidua.eligibility.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thidua.eligibility.security.AccountHolder;
import vn.thidua.eligibility.web.PageFormats;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of audit entry reads as a sentence, its details as labelled values, in either language. */
class AuditSentencesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private final ObjectMapper json = new ObjectMapper();
    /** admin is Nguyễn Văn A; nobody filled in the others' names. */
    private final AuditSentences sentences = new AuditSentences(messages(), new PageFormats(),
            username -> new AccountHolder(username, "admin".equals(username) ? "Nguyễn Văn A" : "", ""));

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private AuditSentences.Line line(String actor, String action, String details, Locale locale) throws Exception {
        return sentences.line(new AuditEntry(1, 1, Instant.parse("2025-01-18T02:00:00Z"), actor, action,
                json.readTree(details), "0", "1"), locale);
    }

    private static Map<String, String> rows(AuditSentences.Line line) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        line.details().forEach(d -> rows.put(d.label(), d.value()));
        return rows;
    }

    @Test
    void anActivationSaysWhoByFullNameActivatedWhichRuleSet() throws Exception {
        AuditSentences.Line line = line("admin", "RULESET_ACTIVATED", """
                {"version": 3, "author": "lead", "fourEyes": "checked: activated by someone other than the author",
                 "retired": null, "scenarios": 12}""", VI);
        assertThat(line.sentence()).isEqualTo("Nguyễn Văn A kích hoạt bộ quy tắc số 3");
        assertThat(rows(line)).containsEntry("Phiên bản", "3").containsEntry("Người soạn", "lead")
                .containsEntry("Nguyên tắc bốn mắt", "đã kiểm tra: người kích hoạt không phải người soạn")
                .containsEntry("Thay phiên bản", "").containsEntry("Số tình huống", "12");
        assertThat(line("admin", "RULESET_ACTIVATED", "{\"version\": 3}", Locale.ENGLISH).sentence())
                .isEqualTo("Nguyễn Văn A activated rule set 3");
    }

    @Test
    void anImportCountsWhatItWroteOfEachKindInWords() throws Exception {
        AuditSentences.Line line = line("staff", "FACTS_IMPORTED", """
                {"added": 335, "replaced": 3,
                 "kinds": {"units": {"added": 0, "replaced": 0}, "people": {"added": 12, "replaced": 0},
                           "dossiers": {"added": 323, "replaced": 3}},
                 "keys": {"people": {"added": ["NV001", "NV002"], "replaced": []}}}""", VI);
        assertThat(line.sentence()).isEqualTo("staff nhập 12 cá nhân; 326 hồ sơ TTHC (trong đó 3 thay thế bản ghi đã có)");
        assertThat(rows(line)).containsEntry("Thêm mới", "335").containsEntry("Thay thế", "3")
                .containsEntry("Khoá các bản ghi", "Cá nhân: Thêm mới: NV001, NV002; Thay thế: ");
        assertThat(rows(line).get("Theo loại dữ liệu")).startsWith("Đơn vị: Thêm mới: 0; Thay thế: 0; Cá nhân:");
    }

    @Test
    void codesDatesAndSubjectsReadAsWordsAndALoginWithoutANameOrTheServiceAreNamedAsSuch() throws Exception {
        AuditSentences.Line revoked = line("admin", "PROPOSAL_REVOKED", """
                {"proposal": 7, "run": 4, "subject": "PERSON NV002", "reason": "Thành tích không đúng",
                 "award": "GIAY_KHEN_CCHC", "revocationNo": "31/QĐ-SCT", "decisionDate": "2025-03-01"}""", VI);
        assertThat(revoked.sentence()).isEqualTo("Nguyễn Văn A thu hồi khen thưởng của cá nhân NV002 (danh sách đề nghị số 7)");
        assertThat(rows(revoked)).containsEntry("Đối tượng", "cá nhân NV002").containsEntry("Ngày quyết định", "01/03/2025")
                .doesNotContainValue("GIAY_KHEN_CCHC");
        assertThat(rows(revoked).get("Hình thức khen thưởng")).startsWith("Giấy khen CCHC");
        AuditSentences.Line role = line("admin", "ACCOUNT_ROLE_CHANGED", """
                {"username": "lan", "from": "STAFF", "to": "AUDITOR"}""", VI);
        assertThat(role.sentence()).isEqualTo("Nguyễn Văn A đổi vai trò của tài khoản lan từ cán bộ nghiệp vụ sang kiểm tra viên");
        AuditSentences.Line locked = line("system", "ACCOUNT_LOCKED", """
                {"username": "staff", "failures": 5, "until": "2025-01-18T02:15:00Z"}""", VI);
        assertThat(locked.sentence()).isEqualTo("Hệ thống tạm khoá tài khoản staff sau 5 lần đăng nhập sai");
        assertThat(rows(locked)).containsEntry("Khoá đến", "18/01/2025 09:15");
        assertThat(line("lan", "LOGIN_FAILED", "{\"reason\": \"bad credentials\"}", VI).details())
                .singleElement().isEqualTo(new AuditSentences.Detail("Lý do", "sai tên đăng nhập hoặc mật khẩu"));
        assertThat(line("admin", "PROPOSAL_DECIDED", """
                {"proposal": 7, "decisionNo": "12/QĐ-SCT", "granted": ["UNIT VP", "PERSON NV001"], "valid": true}""", VI))
                .satisfies(l -> assertThat(l.sentence()).isEqualTo("Nguyễn Văn A ghi nhận quyết định khen thưởng 12/QĐ-SCT theo danh sách đề nghị số 7"))
                .satisfies(l -> assertThat(rows(l)).containsEntry("Được khen thưởng", "tập thể VP, cá nhân NV001")
                        .containsEntry("Hợp lệ", "có"));
    }

    @Test
    void anAccessTokensCreationAndRevocationNameItAndSayWhyItWasRevoked() throws Exception {
        AuditSentences.Line created = line("lan", "ACCOUNT_TOKEN_CREATED", """
                {"username": "lan", "token": 4, "tokenName": "report poller", "expiresAt": "2025-02-17T02:00:00.123456Z"}""", VI);
        assertThat(created.sentence()).isEqualTo("lan tạo mã truy cập API “report poller” cho tài khoản lan, có hiệu lực đến 17/02/2025 09:00");
        assertThat(rows(created)).containsEntry("Số mã truy cập", "4").containsEntry("Hết hạn lúc", "17/02/2025 09:00");
        AuditSentences.Line revoked = line("admin", "ACCOUNT_TOKEN_REVOKED", """
                {"username": "lan", "token": 4, "tokenName": "report poller", "reason": "account disabled"}""", Locale.ENGLISH);
        assertThat(revoked.sentence()).isEqualTo("Nguyễn Văn A revoked the API access token “report poller” of the account lan");
        assertThat(rows(revoked)).containsEntry("Reason", "the account was disabled");
        assertThat(rows(line("lan", "ACCOUNT_TOKEN_REVOKED", """
                {"username": "lan", "token": 4, "tokenName": "x", "reason": "password changed"}""", VI)))
                .containsEntry("Lý do", "mật khẩu đã được đổi");
    }
}
