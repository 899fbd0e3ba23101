package vn.thidua.eligibility.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Approval;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's description as approved: a change to any endpoint, parameter or schema shows here as a
 * line-by-line difference. When the change is meant, approve it by regenerating the file with
 * {@code mvn test -Dtest=OpenApiApprovalTest -Dapprove.openapi=true} (or APPROVE_OPENAPI=true) and
 * review its diff before committing.
 */
@ApiTest
class OpenApiApprovalTest {
    private static final Path APPROVED = Path.of("src/test/resources/approved/openapi.json");
    /** The test sources' probe controllers are in the document too: they are not the product's API. */
    private static final Pattern TEST_PROBE = Pattern.compile("(^|/)probe(/|$)");

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDescriptionIsTheApprovedOne() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Approval.verifyJson("openapi", APPROVED, withoutTestProbes((ObjectNode) new ObjectMapper().readTree(served)));
    }

    /** Drops the probes' paths, then the schemas nothing else refers to any more (the probes' bodies). */
    private static ObjectNode withoutTestProbes(ObjectNode document) {
        ObjectNode paths = (ObjectNode) document.get("paths");
        List<String> probes = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            if (TEST_PROBE.matcher(path).find()) {
                probes.add(path);
            }
        });
        paths.remove(probes);
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        boolean removed = true;
        while (removed) {
            List<String> unused = new ArrayList<>();
            String text = document.toString();
            schemas.fieldNames().forEachRemaining(name -> {
                if (!text.contains("\"#/components/schemas/" + name + "\"")) {
                    unused.add(name);
                }
            });
            schemas.remove(unused);
            removed = !unused.isEmpty();
        }
        return document;
    }

}
