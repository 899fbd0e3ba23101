package vn.thidua.eligibility.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

/**
 * {@code /error} (what failed outside Spring MVC) answers machines with the same RFC 9457 media type as every other error; browsers, told
 * apart by {@code Accept} as Boot does, get the error page in the page's language.
 */
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes attributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = super.error(request);
        return answer.hasBody()
                ? ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.getBody())
                : answer;
    }

    /**
     * Whether a request is a browser's, answered with the error page: it names {@code text/html} and prefers it to
     * JSON. {@code *}{@code /*} alone, as API clients send, is not a browser's.
     */
    static boolean wantsPage(HttpServletRequest request) {
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
            double html = quality(accepted, MediaType.TEXT_HTML);
            return html > 0 && html >= Math.max(quality(accepted, MediaType.APPLICATION_JSON),
                    quality(accepted, MediaType.APPLICATION_PROBLEM_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static double quality(List<MediaType> accepted, MediaType type) {
        return accepted.stream().filter(a -> a.getType().equals(type.getType()) && a.getSubtype().equals(type.getSubtype()))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }

    /** Replaces Boot's controller for {@code /error}, which steps aside when another one is declared. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        ProblemErrorController problemErrorController(ErrorAttributes attributes, ServerProperties server,
                                                      ObjectProvider<ErrorViewResolver> resolvers) {
            return new ProblemErrorController(attributes, server, resolvers);
        }
    }
}
