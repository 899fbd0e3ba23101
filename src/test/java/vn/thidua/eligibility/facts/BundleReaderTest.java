package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The streamed reading and its limit, without a database: the size a client declares is not trusted. */
class BundleReaderTest {

    /** Reads a body, collecting its records as they come. */
    private static List<JsonNode> read(InputStream body, long maxBytes) {
        List<JsonNode> records = new ArrayList<>();
        BundleReader.read(body, maxBytes, FactKind.values(), new BundleReader.Records() {
            @Override
            public void record(FactKind kind, int index, JsonNode record) {
                records.add(record);
            }

            @Override
            public void bundleError(ApiError.Detail error) {
                throw new AssertionError(error.message());
            }
        });
        return records;
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsABodyOfExactlyTheLimit() {
        String json = "{\"criteria\": [{\"score\": 0.1000000000000000000001}]}";
        BigDecimal score = read(body(json), json.length()).get(0).get("score").decimalValue();
        assertThat(score).isEqualTo(new BigDecimal("0.1000000000000000000001"));
    }

    @Test
    void stopsReadingOneByteOverTheLimit() {
        String json = "{\"units\": []}";
        assertThatThrownBy(() -> read(body(json), json.length() - 1))
                .isInstanceOfSatisfying(RejectedBundleException.class, e -> assertThat(e.errors())
                        .extracting(ApiError.Detail::path, ApiError.Detail::message)
                        .containsExactly(tuple("$", "The body is larger than the limit of 12 bytes "
                                + "(eligibility.facts.max-bundle-bytes); split the facts into several bundles")));
    }

    @Test
    void stopsAnEndlessBody() {
        InputStream endless = new InputStream() {
            private int n;

            @Override
            public int read() {
                return n++ == 0 ? '[' : ' ';
            }
        };
        assertThatThrownBy(() -> read(endless, 1000))
                .isInstanceOfSatisfying(RejectedBundleException.class,
                        e -> assertThat(e.errors().get(0).message()).startsWith("The body is larger than the limit"));
    }
}
