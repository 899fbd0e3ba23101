package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.io.IOException;

/** Import of fact bundles and export of stored facts, kind by kind. */
@RestController
@RequestMapping("/api/facts")
class FactController {
    private final FactImport factImport;
    private final FactExport export;

    FactController(FactImport factImport, FactExport export) {
        this.factImport = factImport;
        this.export = export;
    }

    /** The body is read as a stream, not bound, so that every error can be reported and the size capped. */
    @PostMapping
    @Operation(summary = "Import a fact bundle, all or nothing",
            description = "A record whose natural key is stored replaces it. A rejected bundle (400) lists every "
                    + "error with its path, e.g. criteria[12].score, and nothing of it is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", schema = @Schema(type = "object", description = """
            Optional arrays: units (code, name, dissolvedOn?), people (code, fullName, unitCode, category, gender, position?), \
            memberships (personCode, unitCode, from, to?; a person's periods may not overlap), criteria (year, code, name, maxScore, score, unitCode, officerCode?), \
            tasks (code, unitCode, title, dueDate, completedDate?), dossiers (code, unitCode, dueDate, completedDate?), \
            initiatives (code, personCode, year, title, recognizedOn?), \
            disciplines (subjectType, subjectCode, kind, from, to?), ratings (personCode, year, rating), \
            awards (year, subjectType, subjectCode, award, decisionNo, decisionDate, phaseFrom?, phaseTo?: a BANG_KHEN_CCHC's phase). \
            Dates YYYY-MM-DD; scores JSON numbers with at most 4 decimal places.""")))
    ImportReport importBundle(HttpServletRequest request, java.security.Principal principal) throws IOException {
        factImport.refuseDeclaredLength(request.getContentLengthLong());
        return factImport.importBundle(request.getInputStream(), principal.getName());
    }

    /** The file is read as a stream, not bound, for the same reasons as a bundle. */
    @PostMapping(path = "/csv/{kind}", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import a CSV file of TTHC dossiers or provincial tasks, all or nothing",
            description = "kind: dossiers or tasks. One header row, UTF-8 (a BOM is allowed), comma or semicolon "
                    + "separated. Columns by header, in any order, others ignored: dossiers 'Mã hồ sơ' (or 'Số hồ sơ', "
                    + "code), 'Mã đơn vị' (unitCode), 'Hạn giải quyết' (or 'Hạn xử lý', 'Ngày hẹn trả', dueDate), "
                    + "'Ngày hoàn thành' (or 'Ngày trả kết quả', 'Ngày có kết quả', completedDate, optional); tasks "
                    + "'Mã nhiệm vụ' (code), 'Mã đơn vị' (unitCode), 'Nội dung nhiệm vụ' (or 'Tên nhiệm vụ', "
                    + "'Trích yếu', title), 'Hạn hoàn thành' (or 'Hạn xử lý', dueDate), 'Ngày hoàn thành' (or "
                    + "'Ngày trả kết quả', completedDate, optional). Dates dd/MM/yyyy or yyyy-MM-dd. A rejected "
                    + "file (400) lists every error by line and column; nothing of it is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "text/csv", schema = @Schema(type = "string")))
    ImportReport importCsv(@PathVariable String kind, HttpServletRequest request, java.security.Principal principal)
            throws IOException {
        factImport.refuseDeclaredLength(request.getContentLengthLong());
        return factImport.importCsv(kind, request.getInputStream(), principal.getName());
    }

    @GetMapping("/{kind}")
    @Operation(summary = "A page of the stored facts of one kind, in the import format and natural-key order",
            description = "year filters criteria, initiatives, ratings and awards by their year, "
                    + "tasks and dossiers by the year of their due date. page from 0, size up to "
                    + FactExport.MAX_SIZE + " (default " + FactExport.DEFAULT_SIZE + "); total counts every record "
                    + "of the kind (and year).")
    FactExport.FactPage list(@PathVariable String kind, @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return export.page(kind, year, page, size);
    }

    /**
     * Concurrent imports that kept colliding after every retry (see {@link ImportTransaction}): this one is
     * refused whole, and can simply be sent again.
     */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> raced(DataAccessException e) {
        return problem(HttpStatus.CONFLICT, "Another import stored some of this bundle's keys at the same time; "
                + "nothing of this bundle was stored: send it again");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getName() + " '" + e.getValue() + "' is not a whole number");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status, message).toProblem());
    }
}
