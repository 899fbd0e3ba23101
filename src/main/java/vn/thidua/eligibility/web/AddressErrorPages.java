package vn.thidua.eligibility.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import java.util.List;

/**
 * A browser that asks for an address no page answers (unknown, or not with that method) gets the
 * error page in the page's language; an API client keeps its RFC 9457 problem. The two are told
 * apart by {@code Accept}, as {@link ProblemErrorController} does. Failures of a page's own
 * controller are {@link PageErrors}'.
 */
@Configuration(proxyBeanMethods = false)
class AddressErrorPages implements WebMvcConfigurer {

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, AddressErrorPages::page);
    }

    private static ModelAndView page(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        boolean noController = handler == null || handler instanceof ResourceHttpRequestHandler;
        if (!noController || !(e instanceof ErrorResponse known) || !known.getStatusCode().is4xxClientError()
                || !ProblemErrorController.wantsPage(request)) {
            return null;
        }
        HttpStatusCode status = known.getStatusCode();
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
