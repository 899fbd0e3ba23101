package vn.thidua.eligibility.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * An error is answered in its usual representation (the JSON {@link ApiError}, the error page)
 * whatever the request's {@code Accept} says. Otherwise a request that accepts only, say,
 * {@code image/png} and fails leaves the error handler with nothing it may write: Spring gives up on
 * the handler and the container answers 500 instead of the 400 or 404 the request earned. RFC 9110
 * lets a server disregard {@code Accept}; for an error it must.
 */
@Configuration(proxyBeanMethods = false)
class ErrorsInAnyRepresentation implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.replaceAll(resolver -> (request, response, handler, ex) ->
                resolver.resolveException(new AcceptingAnything(request), response, handler, ex));
    }

    /** The request as the error handlers see it: whatever it accepts, and anything else last. */
    private static final class AcceptingAnything extends HttpServletRequestWrapper {
        private final String accept;

        AcceptingAnything(HttpServletRequest request) {
            super(request);
            String given = request.getHeader(HttpHeaders.ACCEPT);
            this.accept = given == null || given.isBlank() ? "*/*" : given + ", */*;q=0.01";
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }
    }
}
