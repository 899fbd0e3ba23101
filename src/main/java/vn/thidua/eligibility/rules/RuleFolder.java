package vn.thidua.eligibility.rules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.engine.RuleSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rules folder ({@code eligibility.rules.folder}, default {@code ./rules}), read afresh for
 * each run: an edit on disk is picked up by the next run, and compiled only once per content hash.
 */
@Component
public class RuleFolder {
    private final Path folder;

    public RuleFolder(@Value("${eligibility.rules.folder:./rules}") String folder) {
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    public Path path() {
        return folder;
    }

    /** Reads every file below the folder (hidden ones excepted) into a rule set. */
    public RuleSet read() {
        return RuleSet.of(readFiles(folder));
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
