package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The stream limit, without a database: the size a client declares is not trusted. */
class BundleReaderTest {

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsABodyOfExactlyTheLimit() {
        String json = "{\"criteria\": [{\"score\": 0.1000000000000000000001}]}";
        BigDecimal score = BundleReader.read(body(json), json.length()).at("/criteria/0/score").decimalValue();
        assertThat(score).isEqualTo(new BigDecimal("0.1000000000000000000001"));
    }

    @Test
    void stopsReadingOneByteOverTheLimit() {
        String json = "{\"units\": []}";
        assertThatThrownBy(() -> BundleReader.read(body(json), json.length() - 1))
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
        assertThatThrownBy(() -> BundleReader.read(endless, 1000))
                .isInstanceOfSatisfying(RejectedBundleException.class,
                        e -> assertThat(e.errors().get(0).message()).startsWith("The body is larger than the limit"));
    }
}
