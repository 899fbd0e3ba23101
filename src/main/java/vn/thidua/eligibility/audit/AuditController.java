package vn.thidua.eligibility.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/audit")
@Validated
@Tag(name = "Audit", description = "The authenticated, checkpointed audit log (AUDITOR, ADMIN)")
class AuditController {
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "Entries newest first; page with before=<id>")
    List<AuditEntry> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                          @RequestParam(required = false) Long before) {
        return log.latest(limit, before);
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the chain (HMAC), compare it with the checkpoint kept outside the database and recheck"
            + " every completed run's digest: valid, the first altered, deleted or reordered entry or run, the current"
            + " fingerprint; with fingerprint=, whether the log still holds the state a document's fingerprint was taken of")
    AuditLog.Verification verify(@Parameter(description = "a fingerprint printed on a document, e.g. 1234-3fa9c1e27b0d")
                                 @RequestParam(required = false) String fingerprint) {
        return log.verify(fingerprint);
    }
}
