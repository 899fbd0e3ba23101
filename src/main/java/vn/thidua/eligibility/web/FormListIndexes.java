package vn.thidua.eligibility.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.server.ResponseStatusException;

import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form field naming a list element past the binder's limit ({@code results[300].reason}), or by
 * anything but a number ({@code results[x].reason}: the pages' forms have lists, no maps), is refused
 * with a 400 before binding: Spring's constructor binding of a record fails on either with an
 * IndexOutOfBoundsException or a NumberFormatException, a 500.
 */
@ControllerAdvice
class FormListIndexes {
    private static final Pattern INDEX = Pattern.compile("\\[([^]]*)]");

    @InitBinder
    void refuseIndexesPastTheLimit(WebDataBinder binder, HttpServletRequest request) {
        for (String name : Collections.list(request.getParameterNames())) {
            Matcher index = INDEX.matcher(name);
            while (index.find()) {
                if (!index.group(1).matches("\\d+")) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The field " + ValueTexts.shown(name)
                            + " names a list element by something other than a number");
                }
                if (index.group(1).length() > 9 || Integer.parseInt(index.group(1)) >= binder.getAutoGrowCollectionLimit()) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The field " + ValueTexts.shown(name)
                            + " names an element past the " + binder.getAutoGrowCollectionLimit() + " a form list may hold");
                }
            }
        }
    }
}
