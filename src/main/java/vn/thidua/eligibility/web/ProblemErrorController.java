package vn.thidua.eligibility.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

/**
 * {@code /error} (what failed outside Spring MVC) answers machines with the same RFC 9457 media type
 * as every other error; browsers still get the error page.
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
