package vn.thidua.eligibility.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a fact bundle's body as a stream, one record at a time, reading at most the size limit: only
 * the record being read is held in memory, whatever the size of the bundle. Decimals become
 * {@link java.math.BigDecimal} as written (never a double); a field twice in one object or anything
 * after the document is an error, not silently dropped.
 */
final class BundleReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    /** What the reader finds, in the order of the body. */
    interface Records {
        /** @param index the record's index in its kind's array */
        void record(FactKind kind, int index, JsonNode record);

        /** A problem of the bundle's shape: an unknown kind, a kind that is not an array. */
        void bundleError(ApiError.Detail error);
    }

    private BundleReader() {
    }

    /**
     * @throws RejectedBundleException when the body is not JSON, not an object, empty or too large:
     *                                  the one error that stops the reading
     */
    static void read(InputStream body, long maxBytes, List<FactKind> kinds, Records records) {
        LimitedInputStream limited = new LimitedInputStream(body, maxBytes);
        String kindNames = kinds.stream().map(FactKind::jsonName).collect(Collectors.joining(", "));
        try (JsonParser parser = MAPPER.createParser(limited)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw RejectedBundleException.of(Text.of("bundle.empty", FactKind.NAMES));
            }
            if (token != JsonToken.START_OBJECT) {
                throw RejectedBundleException.of(Text.of("bundle.notObject", kindNames, describe(parser)));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                Optional<FactKind> kind = kinds.stream().filter(k -> k.jsonName().equals(name)).findFirst();
                if (kind.isEmpty()) {
                    records.bundleError(ApiError.Detail.of(name, Text.of("bundle.unknownKind", name, kindNames)));
                    parser.skipChildren();
                } else if (value == JsonToken.START_ARRAY) {
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode record = MAPPER.readTree(parser);
                        records.record(kind.get(), index++, record == null ? NullNode.getInstance() : record);
                    }
                } else if (value != JsonToken.VALUE_NULL) {
                    records.bundleError(ApiError.Detail.of(name, Text.of("bundle.notArray", name, describe(parser))));
                }
            }
            if (parser.nextToken() != null) {
                throw RejectedBundleException.of(Text.of("bundle.notJson", where(parser.currentLocation()),
                        "Trailing token (of type " + parser.currentToken() + ") found after the bundle"));
            }
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

    /** The value at the parser, as a message shows it, passed over; an array or object is not read into memory. */
    private static Text describe(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_ARRAY -> {
                parser.skipChildren();
                yield Text.of("bundle.json.array");
            }
            case START_OBJECT -> {
                parser.skipChildren();
                yield Text.of("bundle.json.object");
            }
            default -> FieldType.describe(MAPPER.readTree(parser));
        };
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
    static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;
        private boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        boolean exceeded() {
            return exceeded;
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
