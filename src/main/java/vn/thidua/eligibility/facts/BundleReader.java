package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.thidua.eligibility.web.Text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a fact bundle's body into a JSON tree, reading at most the size limit from the stream.
 * Decimals become {@link java.math.BigDecimal} as written (never a double), a field twice in one
 * object or anything after the document is an error, not silently dropped.
 */
final class BundleReader {
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build()
            .reader();

    private BundleReader() {
    }

    static JsonNode read(InputStream body, long maxBytes) {
        LimitedInputStream limited = new LimitedInputStream(body, maxBytes);
        try {
            JsonNode root = READER.readTree(limited);
            if (root == null || root.isMissingNode()) {
                throw RejectedBundleException.of(Text.of("bundle.empty", FactKind.NAMES));
            }
            return root;
        } catch (JsonProcessingException e) {
            if (limited.exceeded) {
                throw tooLarge(maxBytes);
            }
            throw RejectedBundleException.of(Text.of("bundle.notJson", where(e.getLocation()),
                    withoutParserInternals(e.getOriginalMessage())));
        } catch (IOException e) {
            if (limited.exceeded) {
                throw tooLarge(maxBytes);
            }
            throw RejectedBundleException.of(Text.of("bundle.unreadable", e.getMessage()));
        }
    }

    static RejectedBundleException tooLarge(long maxBytes) {
        return RejectedBundleException.of(Text.of("bundle.tooLarge", maxBytes));
    }

    /** The parser's own words (below) stay as Jackson wrote them: the sentence before them says where. */
    private static Text where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? Text.of("bundle.nowhere")
                : Text.of("bundle.at", location.getLineNr(), location.getColumnNr());
    }

    /** Fails the read as soon as one byte more than the limit arrives, so an endless body is never buffered. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;
        private boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("body over " + limit + " bytes");
            }
        }
    }

    /** Jackson appends where an unclosed array or object began, in its own notation: the line and column say it already. */
    private static String withoutParserInternals(String message) {
        int internals = message.indexOf(" (start marker at");
        return internals < 0 ? message : message.substring(0, internals);
    }
}
