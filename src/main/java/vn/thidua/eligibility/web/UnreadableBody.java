package vn.thidua.eligibility.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a body Jackson could not read, and where: the JSON path
 * ({@code criteria[12].score}) and the line and column. Jackson's own messages name Java classes,
 * so they are rewritten in the API's terms.
 */
final class UnreadableBody {

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?(line: \\d+, column: \\d+)\\]");

    private UnreadableBody() {
    }

    static ApiError.Detail describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        // databind wraps the parser's syntax errors; the parser's context knows the path best
        StreamReadException syntax = cause instanceof StreamReadException direct ? direct
                : cause instanceof JsonMappingException mapping && mapping.getCause() instanceof StreamReadException wrapped ? wrapped
                : null;
        if (syntax != null) {
            return located(path(syntax.getProcessor()), "malformed JSON: " + withoutSource(syntax.getOriginalMessage()),
                    syntax.getLocation());
        }
        if (cause instanceof InvalidTypeIdException kind && kind.getBaseType() != null
                && kind.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class) != null) {
            return kindProblem(kind);
        }
        if (cause instanceof JsonMappingException mapping) {
            return located(path(mapping.getPath()), mappingProblem(mapping), mapping.getLocation());
        }
        if (cause instanceof JsonProcessingException other) {
            return located("", "malformed JSON", other.getLocation());
        }
        return new ApiError.Detail("", "the request body is missing or is not JSON");
    }

    /**
     * A body whose type property ({@code kind} of a run request) is missing or names no known type:
     * said at that property, with the names it may take.
     */
    private static ApiError.Detail kindProblem(InvalidTypeIdException ex) {
        Class<?> base = ex.getBaseType().getRawClass();
        String property = base.getAnnotation(JsonTypeInfo.class).property();
        JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
        String names = subtypes == null ? "" : ", one of " + Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name)
                .collect(Collectors.joining(", "));
        String path = path(ex.getPath());
        return new ApiError.Detail(path.isEmpty() ? property : path + "." + property,
                (ex.getTypeId() == null ? "required" : ValueTexts.shown(ex.getTypeId()) + " is not known") + names);
    }

    /** Some messages quote a location with a note on Jackson's settings: keep line and column only. */
    private static String withoutSource(String message) {
        return SOURCE.matcher(message).replaceAll("$1");
    }

    private static ApiError.Detail located(String path, String message, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new ApiError.Detail(path, message);
        }
        return new ApiError.Detail(path,
                message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }

    private static String mappingProblem(JsonMappingException ex) {
        if (ex instanceof UnrecognizedPropertyException unknown) {
            return "unknown field" + (unknown.getKnownPropertyIds() == null || unknown.getKnownPropertyIds().isEmpty() ? ""
                    : "; the known ones: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (ex instanceof InvalidFormatException invalid) {
            return "expected " + ValueTexts.expected(invalid.getTargetType()) + ", got " + ValueTexts.shown(invalid.getValue());
        }
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + ValueTexts.expected(mismatch.getTargetType());
        }
        if (ex instanceof ValueInstantiationException refused && refused.getCause() != null
                && refused.getCause().getMessage() != null) {
            // our own value types refuse bad values in their constructors, with messages meant for callers
            return refused.getCause().getMessage();
        }
        return "invalid value";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where the parser stood when the syntax broke, from its context (the parser is closed, its context is not). */
    private static String path(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add("." + c.getCurrentName());
            }
        }
        Collections.reverse(steps);
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
