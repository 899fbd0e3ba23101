package vn.thidua.eligibility.runs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.Language;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A run's decisions a page at a time, and all of them as a streamed CSV. */
@RestController
@RequestMapping("/api/runs/{id}")
@Tag(name = "Runs")
class DecisionController {
    private final RunService runs;
    private final DecisionQueries queries;
    private final DecisionExport export;

    DecisionController(RunService runs, DecisionQueries queries, DecisionExport export) {
        this.runs = runs;
        this.queries = queries;
        this.export = export;
    }

    @GetMapping("/decisions")
    @Operation(summary = "A page of a run's decisions, with each condition met or missed and each exclusion; "
            + "filtered by subject type, outcome, unit (its own decision and its people's), a condition not met "
            + "and a search in codes and names (without regard to case or diacritics); sorted by rank (default: "
            + "units first, a phase run's ranked people in rank order), code, name, unit, outcome or type, "
            + "',desc' to reverse; page from 0, size up to 500 (default 50). "
            + "Vietnamese by default, English with Accept-Language: en")
    DecisionPage decisions(@PathVariable long id, @RequestParam(required = false) SubjectType subjectType,
                           @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String unit,
                           @RequestParam(required = false) String condition, @RequestParam(required = false) String q,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                           @RequestParam(required = false) String sort,
                           @RequestHeader(value = "Accept-Language", required = false) String language) {
        RunId run = existing(id);
        DecisionFilter filter = new DecisionFilter(subjectType, outcome, unit, condition, q).checked();
        return runs.awardedBy(run, queries.page(run, filter, DecisionPaging.of(page, size, sort), Language.of(language)));
    }

    @GetMapping("/decisions.csv")
    @Operation(summary = "Every decision of a run that matches the same filters, in the same order, as CSV streamed "
            + "row by row; the header in the language asked for")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long id, @RequestParam(required = false) SubjectType subjectType,
                                              @RequestParam(required = false) Outcome outcome,
                                              @RequestParam(required = false) String unit,
                                              @RequestParam(required = false) String condition,
                                              @RequestParam(required = false) String q,
                                              @RequestParam(required = false) String sort,
                                              @RequestHeader(value = "Accept-Language", required = false) String language) {
        RunId run = existing(id);
        DecisionFilter filter = new DecisionFilter(subjectType, outcome, unit, condition, q).checked();
        DecisionPaging order = DecisionPaging.of(null, null, sort);
        Locale locale = Language.of(language);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("run-" + id + "-decisions.csv").build().toString())
                .body(out -> export.csv(run, filter, order.sort(), order.descending(), locale, out));
    }

    private RunId existing(long id) {
        RunId run = new RunId(id);
        if (runs.find(run).isEmpty()) {
            throw new RunNotFoundException(run);
        }
        return run;
    }
}
