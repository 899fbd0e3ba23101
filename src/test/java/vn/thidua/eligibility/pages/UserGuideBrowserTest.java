package vn.thidua.eligibility.pages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.eligibility.DemoDepartment;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.proposals.ProposalView;
import vn.thidua.eligibility.proposals.ProposalWorkflow;
import vn.thidua.eligibility.rulesets.RuleSetAdministration;
import vn.thidua.eligibility.rulesets.RuleSetStatus;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunSummary;
import vn.thidua.eligibility.security.TestAccounts;
import vn.thidua.eligibility.workbook.TemplateWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's main path, walked as the user guide ({@code /help/}) tells it, taking the guide's
 * screenshots on the way into {@code src/main/resources/help/images}: run again after a page changes,
 * and the guide shows the page as it is. Each walk ends by checking that its chapter shows exactly the
 * pictures the walk took — none missing, none left over.
 */
@BrowserTest
class UserGuideBrowserTest {
    static final Path IMAGES = Path.of("src/main/resources/help/images");
    private static final Dimension WINDOW = new Dimension(1280, 800);
    private static final Duration RUN_TIME = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactImport facts;
    @Autowired
    RunService runs;
    @Autowired
    ProposalWorkflow proposals;
    @Autowired
    RuleSetAdministration ruleSets;
    @Autowired
    TemplateWorkbook template;
    @TempDir
    Path folder;

    @Test
    void staffDownloadsTheTemplateImportsChecksRunsCompilesAndSubmitsAsTheGuideShows() throws IOException {
        DemoDepartment.clearFacts(jdbc);
        Path workbook = folder.resolve("du-lieu-cchc.xlsx");
        try (InputStream demo = Files.newInputStream(Path.of("db/demo/fact-bundle.json"))) {
            Files.write(workbook, template.filledWith(demo));
        }
        try (Walk walk = new Walk(Browser.launch(port), "can-bo-nghiep-vu")) {
            Browser staff = walk.browser;
            staff.logIn("staff", TestAccounts.STAFF_PASSWORD);

            staff.go("/facts/workbook");
            walk.shot("nghiep-vu-mau-excel");
            staff.find(By.id("workbook")).sendKeys(workbook.toAbsolutePath().toString());
            staff.open(By.cssSelector("form[action$='/facts/workbook'] button[type=submit]"));
            By confirm = By.cssSelector("form[action$='/facts/workbook/confirm'] button[type=submit]");
            assertThat(staff.all(confirm)).as("the preview's confirmation").hasSize(1);
            walk.shot("nghiep-vu-xem-truoc");
            staff.open(confirm);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM units", Integer.class)).isPositive();

            staff.go("/runs?year=2024");
            staff.type("year", "2024");
            staff.type("referenceDate", "15/01/2025");
            walk.shot("nghiep-vu-chay-dot-xet");
            assertThat(staff.find(By.id("completeness")).getText()).contains("2024", "CDS");
            walk.shotOf(By.id("completeness"), "nghiep-vu-du-lieu-con-thieu");
            staff.open(By.cssSelector("form[action$='/runs'][method=post] button[type=submit]"));
            assertThat(staff.path()).matches("/runs/\\d+");
            staff.waitForText("Hoàn thành", RUN_TIME);
            walk.shot("nghiep-vu-ket-qua-dot-xet");

            walk.submit(By.cssSelector("form[action$='/proposals'] button[type=submit]"));
            assertThat(staff.path()).matches("/proposals/\\d+");
            walk.shot("nghiep-vu-danh-sach-de-nghi");
            walk.submit(By.cssSelector("form[action$='/submit'] button[type=submit]"));
            assertThat(staff.all(By.cssSelector("form[action$='/submit']"))).as("submitted: no second submission").isEmpty();
            walk.shot("nghiep-vu-da-trinh");

            walk.assertTheChapterShowsWhatWasTaken();
        }
    }

    @Test
    void anAdministratorSeesAccountsDraftsARuleSetRecordsTheCouncilAndTheDecisionAsTheGuideShows() {
        DemoDepartment.importFacts(jdbc, facts);
        RunSummary run = DemoDepartment.annual2024(runs);
        ProposalView proposal = proposals.create(run.id().value(), "staff");
        proposals.submit(proposal.id(), "staff");
        int active = ruleSets.list().stream().filter(v -> v.status() == RuleSetStatus.ACTIVE).findFirst().orElseThrow().version();
        String parameters = ruleSets.get(active).files().get("parameters.yaml");

        try (Walk walk = new Walk(Browser.launch(port), "quan-tri")) {
            Browser admin = walk.browser;
            admin.logIn("admin", TestAccounts.ADMIN_PASSWORD);

            admin.go("/users");
            walk.shotOf(By.tagName("table"), "quan-tri-nguoi-dung");
            admin.go("/rulesets/" + active);
            walk.shot("quan-tri-phien-ban");

            admin.go("/rulesets/" + active + "/edit");
            // the guide's example: U1 at 70% from 2024, a new dated value after the old one; never activated
            String u1 = "      value: 0.80\n";
            int at = parameters.indexOf(u1, parameters.indexOf("unit.fullScoreShare.min:")) + u1.length();
            String area = admin.find(By.cssSelector("textarea[data-path='parameters.yaml']")).getAttribute("id");
            admin.script("document.getElementById(arguments[0] + '-details').open = true;"
                            + "document.getElementById(arguments[0]).nextElementSibling.CodeMirror.setValue(arguments[1]);",
                    area, parameters.substring(0, at) + "    - from: 2024-01-01\n      value: 0.70\n" + parameters.substring(at));
            admin.type("note", "U1: 70% từ 2024 (thử)");
            walk.shotOf(By.id(area + "-details"), "quan-tri-soan-thao");
            admin.open(By.cssSelector("form.editor button[type=submit]"));
            assertThat(admin.path()).matches("/rulesets/\\d+");

            admin.type("sim-year", "2024");
            admin.type("sim-date", "15/01/2025");
            admin.open(By.cssSelector("form[action$='/simulate'] button"));
            assertThat(admin.find(By.id("diff")).getText()).contains("QLCN");
            walk.shotOf(By.id("diff"), "quan-tri-mo-phong");
            walk.shotOf(By.cssSelector("form[action$='/activate']"), "quan-tri-bon-mat");
            admin.go("/rulesets");
            walk.shot("quan-tri-bo-quy-tac");

            admin.go("/proposals/" + proposal.id());
            admin.type("minutesNo", "05/BB-HĐTĐKT");
            admin.type("minutesDate", "18/01/2025");
            admin.script("document.querySelectorAll(\"form[action$='/review'] input[type=radio][value=AGREED]\")"
                    + ".forEach(r => r.checked = true);");
            walk.shotOf(By.cssSelector("form[action$='/review']"), "quan-tri-hoi-dong");
            walk.submit(By.cssSelector("form[action$='/review'] button[type=submit]"));

            admin.type("decisionNo", "12/QĐ-SCT");
            admin.type("decisionDate", "20/01/2025");
            admin.type("signer", "Giám đốc Sở Công Thương");
            walk.shotOf(By.cssSelector("form[action$='/decision']"), "quan-tri-quyet-dinh");
            walk.submit(By.cssSelector("form[action$='/decision'] button[type=submit]"));
            assertThat(admin.text()).contains("12/QĐ-SCT");
            walk.shot("quan-tri-da-quyet-dinh");

            walk.assertTheChapterShowsWhatWasTaken();
        }
    }

    @Test
    void anAuditorFindsADecisionItsExplanationItsRulesTheLogAndItsVerificationAsTheGuideShows() {
        DemoDepartment.importFacts(jdbc, facts);
        RunSummary run = DemoDepartment.annual2024(runs);

        try (Walk walk = new Walk(Browser.launch(port), "kiem-tra-vien")) {
            Browser auditor = walk.browser;
            auditor.logIn("auditor", TestAccounts.AUDITOR_PASSWORD);

            auditor.go("/runs/" + run.id() + "?q=qlcn");
            walk.shotOf(By.cssSelector("form.filters"), "kiem-tra-tim-doi-tuong");
            auditor.open(By.cssSelector("a[href$='/decisions/UNIT/QLCN']"));
            walk.shot("kiem-tra-giai-trinh");
            By u1 = By.xpath("//ol[@class='trace']/li[.//span[.='U1.FULL_SCORE_SHARE']]");
            auditor.find(By.xpath("//ol[@class='trace']/li[.//span[.='U1.FULL_SCORE_SHARE']]//details[1]/summary")).click();
            assertThat(auditor.find(u1).getText()).contains("4.4.1");
            walk.shotOf(u1, "kiem-tra-quy-tac-da-ap-dung");

            auditor.go("/audit");
            walk.shot("kiem-tra-nhat-ky");
            auditor.go("/audit/verify");
            assertThat(auditor.all(By.id("verification"))).hasSize(1);
            walk.shot("kiem-tra-xac-minh-chuoi");

            walk.assertTheChapterShowsWhatWasTaken();
        }
    }

    /** One role's walk: a browser of the guide's size, the pictures it took, and its chapter. */
    private static final class Walk implements AutoCloseable {
        private static final Untranslated UNTRANSLATED = new Untranslated();
        /** What a person reads, less the rule sources an administrator edits and the audit details' recorded keys. */
        private static final String VISIBLE_TEXT = "const page = document.body.cloneNode(true);"
                + " page.querySelectorAll('script, style, pre, textarea, .CodeMirror, table.audit-details').forEach(e => e.remove());"
                + " return page.textContent.replace(/\\s+/g, ' ');";
        final Browser browser;
        private final String chapter;
        private final Set<String> taken = new LinkedHashSet<>();
        private final List<String> untranslated = new ArrayList<>();

        Walk(Browser browser, String chapter) {
            this.browser = browser;
            this.chapter = chapter;
            // the window's frame takes its share: the page itself gets the guide's size
            browser.resize(WINDOW);
            int width = ((Number) browser.script("return window.innerWidth;")).intValue();
            int height = ((Number) browser.script("return window.innerHeight;")).intValue();
            browser.resize(new Dimension(2 * WINDOW.width - width, 2 * WINDOW.height - height));
        }

        /** The page from its top. */
        void shot(String name) {
            browser.script("window.scrollTo(0, 0);");
            save(name);
        }

        /** The page scrolled to what the picture is about. */
        void shotOf(By subject, String name) {
            browser.script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -72);", browser.find(subject));
            save(name);
        }

        private void save(String name) {
            assertThat(taken.add(name + ".png")).as("a second picture named " + name).isTrue();
            browser.script("document.activeElement.blur();");
            browser.screenshot(IMAGES.resolve(name + ".png"));
            UNTRANSLATED.in((String) browser.script(VISIBLE_TEXT)).forEach(problem -> untranslated.add(name + ": " + problem));
        }

        /** Irreversible steps may ask for a confirmation first: the walk answers yes. */
        void submit(By button) {
            browser.script("window.confirm = () => true;");
            browser.open(button);
        }

        void assertTheChapterShowsWhatWasTaken() {
            browser.go("/help/");
            browser.script("document.getElementById(arguments[0]).scrollIntoView();", chapter);
            browser.screenshot("guide-" + chapter);
            Set<String> shown = browser.all(By.cssSelector("section#" + chapter + " img")).stream()
                    .map(img -> img.getDomAttribute("src"))
                    .map(src -> src.replaceFirst("^images/", ""))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(shown).as("the pictures chapter %s shows, against those its walk took", chapter)
                    .containsExactlyInAnyOrderElementsOf(taken);
            assertThat(untranslated).as("untranslated text or raw codes on the pages of the %s walk", chapter).isEmpty();
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
