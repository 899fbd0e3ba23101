package vn.thidua.eligibility.help;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The guide's chapters, one Markdown file each ({@code help/1-bat-dau.md}: the number orders them, the
 * rest is the chapter's anchor), read and rendered once at start. A chapter's {@code #} heading is its
 * title, shown one level below the page's own heading; its {@code ##} headings are its sections, listed
 * in the table of contents. Images stay relative ({@code images/…}), so they resolve below
 * {@code /help/} as they do beside the Markdown files.
 */
@Component
class UserGuide {
    private static final String SOURCES = "classpath:help/*.md";

    private final List<Chapter> chapters;

    UserGuide() {
        Parser parser = Parser.builder().build();
        try {
            this.chapters = Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SOURCES))
                    .sorted(Comparator.comparing(r -> Objects.requireNonNull(r.getFilename())))
                    .map(r -> chapter(parser, r))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The user guide could not be read from " + SOURCES, e);
        }
        if (chapters.isEmpty()) {
            throw new IllegalStateException("The user guide has no chapter: nothing matches " + SOURCES);
        }
    }

    List<Chapter> chapters() {
        return chapters;
    }

    private static Chapter chapter(Parser parser, Resource file) {
        String name = Objects.requireNonNull(file.getFilename());
        String id = name.replaceFirst("^\\d+-", "").replaceFirst("\\.md$", "");
        Node document;
        try {
            document = parser.parse(file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The user guide's chapter " + name + " could not be read", e);
        }
        Headings headings = new Headings(id);
        document.accept(headings);
        if (headings.title == null) {
            throw new IllegalStateException("The user guide's chapter " + name + " has no title: its first line must be '# …'");
        }
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading && headings.ids.containsKey(heading)) {
                        attributes.put("id", headings.ids.get(heading));
                    } else if (node instanceof Image) {
                        attributes.put("class", "screenshot");
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
        return new Chapter(id, headings.title, List.copyOf(headings.sections), renderer.render(document));
    }

    /** The title and the sections, each section's anchor; the headings move one level down. */
    private static final class Headings extends AbstractVisitor {
        private final String chapter;
        private final Map<Heading, String> ids = new HashMap<>();
        private final List<Section> sections = new ArrayList<>();
        private String title;

        Headings(String chapter) {
            this.chapter = chapter;
        }

        @Override
        public void visit(Heading heading) {
            String text = textOf(heading);
            if (heading.getLevel() == 1 && title == null) {
                title = text;
                ids.put(heading, chapter + "-title");
            } else if (heading.getLevel() == 2) {
                Section section = new Section(chapter + "-" + slug(text), text);
                sections.add(section);
                ids.put(heading, section.id());
            }
            heading.setLevel(Math.min(heading.getLevel() + 1, 6));
        }

        private static String textOf(Node node) {
            StringBuilder text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }
            });
            return text.toString();
        }
    }

    /** "Nhập dữ liệu từ Excel" → "nhap-du-lieu-tu-excel": an anchor without diacritics. */
    private static String slug(String text) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    record Chapter(String id, String title, List<Section> sections, String html) {
    }

    record Section(String id, String title) {
    }
}
