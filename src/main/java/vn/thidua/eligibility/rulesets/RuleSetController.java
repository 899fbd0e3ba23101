package vn.thidua.eligibility.rulesets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.ApiError;
import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.Language;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/rulesets")
@Tag(name = "Rule sets", description = "Versioned rule sets: drafts, validation, scenarios, simulation, four-eyes activation")
class RuleSetController {
    private final RuleSetAdministration admin;

    RuleSetController(RuleSetAdministration admin) {
        this.admin = admin;
    }

    /** With {@code subjectType} and {@code subjectCode}, the one subject alone (what-if); without, every subject. */
    record SimulationRequest(RunKind kind, Integer year, LocalDate referenceDate, SubjectType subjectType,
                             String subjectCode) {
    }

    @GetMapping
    @Operation(summary = "Every version, newest first (without files)")
    List<RuleSetVersion> list() {
        return admin.list();
    }

    @GetMapping("/{version}")
    @Operation(summary = "One version with its files (a *.drl.xlsx decision table as base64)")
    RuleSetVersion one(@PathVariable int version) {
        return admin.get(version);
    }

    @PostMapping
    @Operation(summary = "Create a DRAFT from basedOn: the files given replace or add to its files, a file given as null is removed",
            description = "The draft is validated and stored even when invalid; valid and problems say what is wrong. "
                    + "Files are text; a spreadsheet decision table (*.drl.xlsx) is given as its base64 "
                    + "(line breaks allowed) and stored without line breaks. Its problems name the spreadsheet, "
                    + "with the row as the line. A .xlsx not named *.drl.xlsx is stored but invalid: Drools would ignore it.")
    ResponseEntity<RuleSetVersion> create(@RequestBody RuleSetAdministration.Draft draft, Principal principal) {
        RuleSetVersion created = admin.create(draft, principal.getName());
        return ResponseEntity.created(URI.create("/api/rulesets/" + created.version())).body(created);
    }

    @GetMapping("/{from}/diff/{to}")
    @Operation(summary = "A unified diff per file that differs; for a spreadsheet, \"binary file changed\" with sizes and SHA-256")
    RuleSetAdministration.Diff diff(@PathVariable int from, @PathVariable int to) {
        return admin.diff(from, to);
    }

    @GetMapping(value = "/{version}/export", produces = "application/zip")
    @Operation(summary = "The version's files as a zip (a spreadsheet as the workbook itself, not base64)")
    ResponseEntity<byte[]> export(@PathVariable int version) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rules-v" + version + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(admin.export(version));
    }

    @PostMapping("/{version}/validate")
    @Operation(summary = "Every problem as {file, line, column, message}: Drools, security check, parameters.yaml, scenarios")
    RuleSetAdministration.Validation validate(@PathVariable int version, Principal principal) {
        return admin.validate(version, principal.getName());
    }

    @PostMapping("/{version}/test")
    @Operation(summary = "Run the version's scenarios (tests/*.yaml, annual and phase): pass or fail per expectation, with the actual decision and what failed; the rule coverage: per rule of the rule set, how many scenarios fired it")
    ScenarioRunner.Report test(@PathVariable int version, Principal principal) {
        return admin.test(version, principal.getName());
    }

    @PostMapping("/{version}/activate")
    @Operation(summary = "Activate: valid, secure, all scenarios pass, and not by its author (four-eyes); 409 or 422 otherwise",
            description = "The answer is the version and its rule coverage: how many rules, how many the scenarios fire, and a"
                    + " warning naming the rules no scenario fires. With eligibility.rulesets.require-full-coverage=true"
                    + " such a version is refused (422) instead.")
    RuleSetAdministration.ActivatedVersion activate(@PathVariable int version, Principal principal) {
        return admin.activate(version, principal.getName());
    }

    @PostMapping("/{version}/discard")
    @Operation(summary = "Discard a draft never activated: it stays stored but can no longer be activated; 409 for any other version",
            description = "Recorded in the audit chain as RULESET_DISCARDED. Any administrator may discard a draft, its author too.")
    RuleSetVersion discard(@PathVariable int version, Principal principal) {
        return admin.discard(version, principal.getName());
    }

    @PostMapping("/{version}/simulate")
    @Operation(summary = "Evaluate this version and the active one on the current facts; who gains, who loses, and why. Nothing is stored",
            description = "With subjectType (UNIT or PERSON) and subjectCode, only that subject is read and decided under"
                    + " both versions (what-if): the answer's subject holds both decisions and what differs, changed or"
                    + " not; 404 naming the code when there is no such subject. Without them every subject is"
                    + " evaluated, groups of units in parallel, and only the changed ones are listed.")
    Simulation.Report simulate(@PathVariable int version, @RequestBody SimulationRequest request,
                               @RequestHeader(value = "Accept-Language", required = false) String language) {
        if (request.kind() != null && request.kind() != RunKind.ANNUAL) {
            throw new RuleSetRefusedException(Refusal.Kind.INVALID,
                    "The simulation request was rejected", List.of(new ApiError.Detail("kind", "only ANNUAL runs can be simulated")));
        }
        return admin.simulate(version, request.year(), request.referenceDate(), request.subjectType(), request.subjectCode(),
                Language.of(language));
    }

    @GetMapping("/{version}/coverage")
    @Operation(summary = "Legal coverage on a date: the provisions in force with the rules citing them, rules naming a"
            + " provision not in force then (and its replacement), provisions in force no rule implements, rules citing free text")
    LegalCoverage coverage(@PathVariable int version, @RequestParam(required = false) LocalDate on,
                           @RequestHeader(value = "Accept-Language", required = false) String language) {
        return admin.coverage(version, on, Language.of(language));
    }
}
