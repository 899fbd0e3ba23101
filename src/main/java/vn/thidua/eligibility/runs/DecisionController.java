package vn.thidua.eligibility.runs;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.eligibility.model.Outcome;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A run's decisions a page at a time, and all of them streamed as CSV or .xlsx. */
@RestController
@RequestMapping("/api/runs/{id}")
@Tag(name = "Runs")
class DecisionController {
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
    void csv(@PathVariable long id, @RequestParam(required = false) SubjectType subjectType,
             @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String unit,
             @RequestParam(required = false) String condition, @RequestParam(required = false) String q,
             @RequestParam(required = false) String sort,
             @RequestHeader(value = "Accept-Language", required = false) String language,
             HttpServletResponse response) throws IOException {
        download(id, new DecisionFilter(subjectType, outcome, unit, condition, q), sort, language,
                new MediaType("text", "csv", StandardCharsets.UTF_8), "csv", export::csv, response);
    }

    @GetMapping("/decisions.xlsx")
    @Operation(summary = "The same as decisions.csv, as an .xlsx sheet written as the rows are read")
    void xlsx(@PathVariable long id, @RequestParam(required = false) SubjectType subjectType,
              @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String unit,
              @RequestParam(required = false) String condition, @RequestParam(required = false) String q,
              @RequestParam(required = false) String sort,
              @RequestHeader(value = "Accept-Language", required = false) String language,
              HttpServletResponse response) throws IOException {
        download(id, new DecisionFilter(subjectType, outcome, unit, condition, q), sort, language, XLSX, "xlsx",
                export::xlsx, response);
    }

    /** One of {@link DecisionExport}'s formats. */
    @FunctionalInterface
    private interface Format {
        void write(RunId run, DecisionFilter filter, DecisionSort sort, boolean descending, Locale locale, OutputStream out)
                throws IOException;
    }

    /**
     * Everything is checked before the first byte: a wrong parameter is a 400, not a broken download.
     * Written on the request's own thread as the rows come: no asynchronous timeout cuts a long run's
     * export short, and the servlet's buffer sends it on as it fills.
     */
    private void download(long id, DecisionFilter filter, String sort, String language, MediaType type, String extension,
                          Format format, HttpServletResponse response) throws IOException {
        RunId run = existing(id);
        DecisionFilter checked = filter.checked();
        DecisionPaging order = DecisionPaging.of(null, null, sort);
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("run-" + id + "-decisions." + extension).build().toString());
        format.write(run, checked, order.sort(), order.descending(), Language.of(language), response.getOutputStream());
    }

    private RunId existing(long id) {
        RunId run = new RunId(id);
        if (runs.find(run).isEmpty()) {
            throw new RunNotFoundException(run);
        }
        return run;
    }
}
