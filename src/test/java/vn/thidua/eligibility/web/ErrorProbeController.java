package vn.thidua.eligibility.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test-only endpoints that fail in each way the global error handling must answer. */
@RestController
@RequestMapping("/api/probe/errors")
class ErrorProbeController {

    record Item(@NotNull @DecimalMin("0") BigDecimal score) {
    }

    record Body(@NotNull Integer year, @NotNull LocalDate date, @Valid List<Item> items, @Size(max = 5) String name) {
    }

    @PostMapping("/body")
    Body body(@Valid @RequestBody Body body) {
        return body;
    }

    @GetMapping("/params")
    int params(@RequestParam int year) {
        return year;
    }

    @GetMapping("/items/{id}")
    int item(@PathVariable int id) {
        return id;
    }

    @GetMapping("/failure")
    String failure() {
        throw new IllegalStateException("secret internal detail");
    }

    @GetMapping("/denied")
    String denied() {
        throw new AccessDeniedException("method security said no");
    }

    @GetMapping("/gone")
    String gone() {
        throw new GoneException();
    }

    @GetMapping("/module")
    String module() {
        throw new ModuleException();
    }

    @ResponseStatus(HttpStatus.GONE)
    static class GoneException extends RuntimeException {
    }

    static class ModuleException extends RuntimeException {
    }

    /** Stands for a module's own advice, ordered before the global one as the web package asks. */
    @RestControllerAdvice
    @Order(0)
    static class ModuleAdvice {
        @ExceptionHandler(ModuleException.class)
        ResponseEntity<ProblemDetail> moduleException() {
            return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(ApiError.of(HttpStatus.I_AM_A_TEAPOT, "module's own answer").toProblem());
        }
    }
}
