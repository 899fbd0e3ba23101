package vn.thidua.eligibility.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit key file as a careless or hostile machine leaves it: every bad state refuses the start. */
class AuditKeyTest {
    @TempDir
    Path folder;

    @Test
    void theFirstStartCreatesA256BitKeyOnlyItsOwnerCanRead() throws Exception {
        AuditKey created = AuditKey.fromFolder(folder.resolve("data"), true);
        Path file = folder.resolve("data").resolve(AuditKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(AuditKey.fromFolder(folder.resolve("data"), false).mac("x")).isEqualTo(created.mac("x"));
        assertThat(AuditKey.fromFolder(folder.resolve("other"), true).mac("x")).isNotEqualTo(created.mac("x"));
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        AuditKey.fromFolder(folder, true);
        Path file = folder.resolve(AuditKey.FILE);
        for (String permissions : new String[]{"rw-r-----", "rw----r--", "rw-rw-rw-", "rw-----w-"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            assertThatThrownBy(() -> AuditKey.fromFolder(folder, false)).hasMessageContaining("has permissions " + permissions)
                    .hasMessageContaining("chmod 600 " + file.toAbsolutePath());
        }
    }

    @Test
    void anUnreadableKeyFileIsRefused() throws Exception {
        AuditKey.fromFolder(folder, true);
        Path file = folder.resolve(AuditKey.FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assertThatThrownBy(() -> AuditKey.fromFolder(folder, false)).hasMessageContaining("cannot be read");
        Files.delete(file);
        Files.createDirectory(file);
        assertThatThrownBy(() -> AuditKey.fromFolder(folder, false)).hasMessageContaining("is not a regular file");
    }

    @Test
    void aMissingKeyIsRefusedOnceTheLogDependsOnIt() {
        assertThatThrownBy(() -> AuditKey.fromFolder(folder, false))
                .hasMessageContaining("audit key file " + folder.resolve(AuditKey.FILE).toAbsolutePath() + " is missing")
                .hasMessageContaining("restore the file from a backup");
        assertThat(Files.exists(folder.resolve(AuditKey.FILE))).as("no new key is made in its place").isFalse();
    }

    @Test
    void aDamagedOrShortKeyIsRefused() throws Exception {
        Path file = Files.createFile(folder.resolve(AuditKey.FILE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> AuditKey.fromFolder(folder, false)).hasMessageContaining("does not hold a 256-bit key");
        Files.writeString(file, "not base64 at all!");
        assertThatThrownBy(() -> AuditKey.fromFolder(folder, false)).hasMessageContaining("does not hold a 256-bit key");
    }

    @Test
    void aKeyGivenAsASecretMustBe256BitsOfBase64() {
        assertThatThrownBy(() -> AuditKey.fromSecret(Base64.getEncoder().encodeToString(new byte[31])))
                .hasMessageContaining("eligibility.audit.key holds 248 bits");
        assertThatThrownBy(() -> AuditKey.fromSecret("%%%")).hasMessageContaining("eligibility.audit.key is not base64");
        assertThat(AuditKey.fromSecret(Base64.getEncoder().encodeToString(new byte[32])).mac("x")).hasSize(64);
    }

    @Test
    void aCheckpointIsWrittenEvenWhereNoKeyFileMadeTheFolder() {
        Checkpoint checkpoint = new Checkpoint(folder.resolve("new"), AuditKey.fromSecret(Base64.getEncoder().encodeToString(new byte[32])));
        checkpoint.advance(new Checkpoint.State(1, "c".repeat(64)));
        assertThat(checkpoint.read()).contains(new Checkpoint.State(1, "c".repeat(64)));
    }

    @Test
    void theCheckpointOnlyMovesForwardAndAnEditIsRefused() throws Exception {
        AuditKey key = AuditKey.fromFolder(folder, true);
        Checkpoint checkpoint = new Checkpoint(folder, key);
        checkpoint.advance(new Checkpoint.State(5, "a".repeat(64)));
        checkpoint.advance(new Checkpoint.State(3, "b".repeat(64)));
        assertThat(checkpoint.read()).contains(new Checkpoint.State(5, "a".repeat(64)));
        assertThat(new Checkpoint(folder, key).read()).contains(new Checkpoint.State(5, "a".repeat(64)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(Checkpoint.FILE)))).isEqualTo("rw-------");
        Files.writeString(folder.resolve(Checkpoint.FILE), Files.readString(folder.resolve(Checkpoint.FILE)).replace("5 ", "9 "));
        assertThatThrownBy(checkpoint::read).hasMessageContaining("was altered");
    }
}
