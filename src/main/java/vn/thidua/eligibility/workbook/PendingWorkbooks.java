package vn.thidua.eligibility.workbook;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploaded workbooks waiting between their preview and the person's confirmation, as files in a
 * private temporary folder under a random token. Each person has at most one waiting (a new upload
 * replaces the previous), each waits at most {@code eligibility.workbook.kept-for}, and a file over
 * {@code eligibility.workbook.max-bytes} is refused while it is copied, so the folder stays small.
 */
@Component
public class PendingWorkbooks {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A workbook waiting for its confirmation; only the person who uploaded it may confirm it. */
    public record Pending(String token, Path file, String fileName, String user, Instant uploaded) {
    }

    private final Map<String, Pending> byUser = new ConcurrentHashMap<>();
    private final Path folder;
    private final long maxBytes;
    private final Duration keptFor;
    private final Clock clock;

    PendingWorkbooks(WorkbookSettings settings, Clock clock) throws IOException {
        this.folder = Files.createTempDirectory("cchc-workbooks");
        this.maxBytes = settings.maxBytes().toBytes();
        this.keptFor = settings.keptFor();
        this.clock = clock;
    }

    /**
     * Copies the upload and keeps it for the person, replacing what they uploaded before.
     *
     * @throws RejectedWorkbookException when the file is over the size limit; nothing is kept
     */
    public Pending keep(InputStream upload, String fileName, String user) {
        expire();
        String token = HexFormat.of().formatHex(randomBytes());
        Path file = folder.resolve(token + ".xlsx");
        try {
            if (!copyWithin(upload, file)) {
                Files.deleteIfExists(file);
                throw new RejectedWorkbookException(List.of(WorkbookProblem.ofFile("tooLarge", maxBytes / (1024 * 1024))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded workbook", e);
        }
        Pending pending = new Pending(token, file, fileName, user, clock.instant());
        Optional.ofNullable(byUser.put(user, pending)).ifPresent(this::delete);
        return pending;
    }

    /** The person's waiting workbook of this token, unless it expired or was replaced. */
    public Optional<Pending> find(String token, String user) {
        expire();
        return Optional.ofNullable(byUser.get(user)).filter(p -> p.token().equals(token));
    }

    public void discard(Pending pending) {
        if (byUser.remove(pending.user(), pending)) {
            delete(pending);
        }
    }

    private void expire() {
        Instant oldest = clock.instant().minus(keptFor);
        byUser.values().stream().filter(p -> p.uploaded().isBefore(oldest)).toList().forEach(this::discard);
    }

    /** @return false when the upload is longer than the limit */
    private boolean copyWithin(InputStream upload, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = upload.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private void delete(Pending pending) {
        try {
            Files.deleteIfExists(pending.file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + pending.file(), e);
        }
    }

    @PreDestroy
    void deleteAll() {
        FileSystemUtils.deleteRecursively(folder.toFile());
    }
}
