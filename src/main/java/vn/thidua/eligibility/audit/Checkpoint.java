package vn.thidua.eligibility.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The chain's length and head, kept in a file next to the key ({@value #FILE}) where the database
 * cannot move them back: a log later found shorter, or different at the checkpointed entry, was
 * truncated, rolled back or rewritten. The file is replaced atomically after each commit that
 * appended entries, and only ever moves forward; a crash between a commit and its checkpoint leaves
 * the chain longer than the checkpoint, which is allowed. The line carries its own MAC, so that
 * an edited file is told apart from a damaged log.
 */
final class Checkpoint {
    static final String FILE = "audit.checkpoint";

    /** The chain as it stood after entry {@code length} (0 for the empty chain, whose head is the genesis). */
    record State(long length, String head) {
    }

    private final Path file;
    private final AuditKey key;
    private State current;

    Checkpoint(Path folder, AuditKey key) {
        this.file = folder.resolve(FILE);
        this.key = key;
        this.current = read().orElse(null);
    }

    /**
     * @return empty when there is no file yet
     * @throws IllegalStateException when the file was altered or cannot be read
     */
    Optional<State> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 3) {
                throw new IllegalStateException("the checkpoint " + file.toAbsolutePath() + " is not in its format");
            }
            State state = new State(Long.parseLong(parts[0]), parts[1]);
            if (!mac(state).equals(parts[2])) {
                throw new IllegalStateException("the checkpoint " + file.toAbsolutePath()
                        + " was altered: its line does not match its authentication code");
            }
            return Optional.of(state);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("the checkpoint " + file.toAbsolutePath() + " cannot be read: " + e.getMessage());
        }
    }

    /** Records the state unless a later one is already recorded (commits may finish out of order). */
    synchronized void advance(State state) {
        if (current != null && current.length() >= state.length()) {
            return;
        }
        Path temporary = file.resolveSibling(FILE + ".new");
        byte[] line = (state.length() + " " + state.head() + " " + mac(state) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            // with the key given as a secret, nothing else may have made the data folder yet
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(line));
                out.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("The audit checkpoint " + file.toAbsolutePath() + " cannot be written: " + e, e);
        }
        current = state;
    }

    private String mac(State state) {
        return key.mac("audit-checkpoint\n" + state.length() + "\n" + state.head());
    }
}
