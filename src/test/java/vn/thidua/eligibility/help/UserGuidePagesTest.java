package vn.thidua.eligibility.help;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.eligibility.web.ApiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The user guide as the service serves it, to every role; its pictures come from UserGuideBrowserTest. */
@ApiTest
class UserGuidePagesTest {
    private static final Path IMAGES = Path.of("src/main/resources/help/images");
    private static final Pattern IMAGE = Pattern.compile("<img src=\"(images/[^\"]+)\"");
    private static final List<Chapter> CHAPTERS = List.of(
            new Chapter("bat-dau", "Bắt đầu"),
            new Chapter("can-bo-nghiep-vu", "Cán bộ nghiệp vụ"),
            new Chapter("quan-tri", "Quản trị"),
            new Chapter("kiem-tra-vien", "Kiểm tra viên"),
            new Chapter("thuat-ngu", "Thuật ngữ"));
    /** The chapters UserGuideBrowserTest walks, one per role. */
    private static final List<String> WALKED = List.of("can-bo-nghiep-vu", "quan-tri", "kiem-tra-vien");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"STAFF", "ADMIN", "AUDITOR"})
    void everyRoleReadsTheGuideWithItsContentsEveryChapterAndEveryPicture(String role) throws Exception {
        RequestPostProcessor someone = user(role.toLowerCase(Locale.ROOT)).roles(role);
        String page = guide(someone);

        assertThat(page).contains("<title>Hướng dẫn sử dụng – ", "<h1>Hướng dẫn sử dụng</h1>", "Mục lục");
        for (Chapter chapter : CHAPTERS) {
            assertThat(page).as("chapter %s, and its line in the contents", chapter.title())
                    .contains("<section id=\"" + chapter.id() + "\"",
                            "<h2 id=\"" + chapter.id() + "-title\">" + chapter.title() + "</h2>",
                            "<a href=\"#" + chapter.id() + "\">" + chapter.title() + "</a>");
        }
        List<String> images = imagesOf(page);
        assertThat(images).as("the guide's pictures").isNotEmpty();
        for (String image : images) {
            mvc.perform(get("/help/" + image).with(someone))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.IMAGE_PNG));
        }
    }

    @Test
    void everySectionInTheContentsLeadsToItsHeading() throws Exception {
        String page = guide(user("staff").roles("STAFF"));
        Matcher link = Pattern.compile("<li><a href=\"#([a-z0-9-]+)\">").matcher(page);
        int sections = 0;
        while (link.find()) {
            assertThat(page).as("the heading the contents link #%s leads to", link.group(1))
                    .containsPattern("<h3 id=\"" + link.group(1) + "\">");
            sections++;
        }
        assertThat(sections).as("sections in the contents").isGreaterThan(CHAPTERS.size());
    }

    @Test
    void theNavigationLeadsEveryRoleToTheGuide() throws Exception {
        for (String role : List.of("STAFF", "ADMIN", "AUDITOR")) {
            mvc.perform(get("/").with(user(role.toLowerCase(Locale.ROOT)).roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<a href=\"/help/\">Hướng dẫn</a>")));
        }
    }

    @Test
    void helpWithoutItsSlashIsSentToTheGuideAndAVisitorToTheLoginPage() throws Exception {
        mvc.perform(get("/help").with(user("staff").roles("STAFF"))).andExpect(redirectedUrl("/help/"));
        mvc.perform(get("/help/").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/help/images/nghiep-vu-mau-excel.png")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void inEnglishTheGuideSaysItIsVietnameseAndKeepsItsChapters() throws Exception {
        String page = mvc.perform(get("/help/").param("lang", "en").with(user("staff").roles("STAFF")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>User guide</h1>", "The user guide is written in Vietnamese only.", "<div lang=\"vi\">",
                ">Cán bộ nghiệp vụ</h2>");
    }

    /** The browser walks take the pictures; one the guide no longer shows would be kept for nothing. */
    @Test
    void everyPictureInTheGuidesFolderIsShownByTheGuide() throws Exception {
        List<String> shown = imagesOf(guide(user("staff").roles("STAFF")));
        try (Stream<Path> files = Files.list(IMAGES)) {
            assertThat(files.map(f -> "images/" + f.getFileName()).toList()).as("the files in " + IMAGES)
                    .containsExactlyInAnyOrderElementsOf(shown);
        }
    }

    /** UserGuideBrowserTest walks the role chapters only: a picture elsewhere would have no walk to retake it. */
    @Test
    void onlyTheChaptersOfTheRolesShowPictures() throws Exception {
        String page = guide(user("admin").roles("ADMIN"));
        for (Chapter chapter : CHAPTERS) {
            int start = page.indexOf("<section id=\"" + chapter.id() + "\"");
            String section = page.substring(start, page.indexOf("</section>", start));
            if (WALKED.contains(chapter.id())) {
                assertThat(imagesOf(section)).as("pictures of chapter %s", chapter.title()).isNotEmpty();
            } else {
                assertThat(imagesOf(section)).as("pictures of chapter %s, which no walk takes", chapter.title()).isEmpty();
            }
        }
    }

    @Test
    void theGlossaryExplainsTheWordsThePagesUse() throws Exception {
        String page = guide(user("auditor").roles("AUDITOR"));
        String glossary = page.substring(page.indexOf("<section id=\"thuat-ngu\""));
        assertThat(glossary).contains("<strong>Giấy khen CCHC</strong>", "<strong>Bằng khen CCHC</strong>",
                "<strong>CCHC</strong>", "<strong>TTHC, hồ sơ TTHC</strong>", "<strong>Đợt xét</strong>",
                "<strong>Tham số</strong>", "<strong>Ngày xét</strong>", "<strong>Bốn mắt</strong>");
    }

    private String guide(RequestPostProcessor someone) throws Exception {
        return mvc.perform(get("/help/").with(someone))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> imagesOf(String page) {
        return IMAGE.matcher(page).results().map(m -> m.group(1)).toList();
    }

    /** A chapter as the page shows it: its anchor and its title. */
    private record Chapter(String id, String title) {
    }
}
