package vn.thidua.eligibility.web;

import org.springframework.stereotype.Controller;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller that answers with pages (Thymeleaf views), kept in its feature's package beside the
 * REST controller of the same feature: its failures are answered with the error page
 * ({@link PageErrors}), not with the API's JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
