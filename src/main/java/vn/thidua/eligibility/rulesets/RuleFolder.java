package vn.thidua.eligibility.rulesets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.web.Language;
import vn.thidua.eligibility.web.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rules folder ({@code eligibility.rules.folder}, default {@code ./rules}), read on the first
 * start. Where that folder does not exist (a jar started elsewhere), the copy of {@code rules/}
 * packaged in the jar at build time is read instead.
 */
@Component
public class RuleFolder {
    private static final Logger log = LoggerFactory.getLogger(RuleFolder.class);
    /** Where the build puts rules/ inside the jar (pom.xml, resources). */
    static final String PACKAGED = "default-rules/";

    private final Path folder;

    public RuleFolder(@Value("${eligibility.rules.folder:./rules}") String folder) {
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    /**
     * The note of the version read at the first start: stored once, so in the service's language,
     * Vietnamese, as the rule-set pages show it.
     */
    public String firstStartNote() {
        return Text.of(Files.isDirectory(folder) ? "rulesets.firstStart.folder" : "rulesets.firstStart.packaged", folder)
                .in(Language.VIETNAMESE);
    }

    /** What {@link #read} reads: the folder, or the packaged copy when the folder does not exist. */
    public String source() {
        return Files.isDirectory(folder) ? "the rules folder " + folder
                : "the rules packaged in the service (the rules folder " + folder + " does not exist)";
    }

    /** Reads every file below the folder (hidden ones excepted) into a rule set. */
    public RuleSet read() {
        if (Files.isDirectory(folder)) {
            return RuleSet.of(readFiles(folder));
        }
        log.info("The rules folder {} does not exist: reading the rules packaged in the service", folder);
        return RuleSet.of(readPackaged());
    }

    private static Map<String, String> readPackaged() {
        Map<String, String> files = new TreeMap<>();
        try {
            Resource root = new ClassPathResource(PACKAGED);
            if (!root.exists()) {
                throw new IllegalStateException("This build carries no packaged rules; set eligibility.rules.folder");
            }
            String base = root.getURL().toString();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:" + PACKAGED + "**")) {
                String rel = r.getURL().toString().substring(base.length());
                if (r.isReadable() && !rel.isEmpty() && !rel.endsWith("/")
                        && Stream.of(rel.split("/")).noneMatch(s -> s.startsWith("."))) {
                    files.put(rel, RuleSource.content(rel, r.getContentAsByteArray()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged rules", e);
        }
        return files;
    }

    static Map<String, String> readFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The rules folder " + folder + " does not exist; set eligibility.rules.folder");
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (Stream.of(rel.split("/")).noneMatch(s -> s.startsWith("."))) {
                    files.put(rel, RuleSource.content(rel, Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rules folder " + folder, e);
        }
        return files;
    }
}
