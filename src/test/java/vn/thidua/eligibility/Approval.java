package vn.thidua.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approval test's check: what the service produces now against a file reviewed and committed
 * under {@code src/test/resources/approved/}. A change shows as a line-by-line difference; when it is
 * meant, regenerate the file with {@code -Dapprove.NAME=true} (or {@code APPROVE_NAME=true}) and
 * review its diff before committing.
 */
public final class Approval {
    /** Keys sorted, so that only a change of content shows as a difference. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Approval() {
    }

    public static void verifyJson(String name, Path approved, JsonNode current) {
        try {
            verify(name, approved, CANONICAL.writeValueAsString(CANONICAL.treeToValue(current, Object.class)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void verify(String name, Path approved, String current) {
        try {
            if (Boolean.getBoolean("approve." + name)
                    || "true".equals(System.getenv("APPROVE_" + name.toUpperCase(Locale.ROOT)))) {
                Files.createDirectories(approved.getParent());
                Files.writeString(approved, current, StandardCharsets.UTF_8);
            }
            assertThat(approved).as("approve the first version with -Dapprove.%s=true", name).exists();
            assertThat(current.lines().toList())
                    .as("%s differs: if the change is meant, regenerate it with -Dapprove.%s=true", approved, name)
                    .containsExactlyElementsOf(Files.readString(approved, StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
