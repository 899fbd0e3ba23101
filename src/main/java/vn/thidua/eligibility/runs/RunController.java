package vn.thidua.eligibility.runs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.web.Language;

import java.net.URI;
import java.security.Principal;
import java.util.List;

@RestController
@RequestMapping("/api/runs")
@Tag(name = "Runs", description = "Đợt xét khen thưởng: annual and phase eligibility runs and their explained decisions")
class RunController {
    private final RunService runs;
    private final RunReplay replay;

    RunController(RunService runs, RunReplay replay) {
        this.runs = runs;
        this.replay = replay;
    }

    @PostMapping
    @Operation(summary = "Start a run: 201 when it finished within the wait, 202 to poll GET /api/runs/{id}")
    ResponseEntity<RunSummary> start(@RequestBody RunRequest request, Principal principal) {
        RunSummary run = runs.start(request, principal.getName());
        HttpStatus status = run.status() == RunStatus.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(URI.create("/api/runs/" + run.id())).body(run);
    }

    @GetMapping
    @Operation(summary = "The latest 100 runs, newest first")
    List<RunSummary> latest() {
        return runs.latest();
    }

    @GetMapping("/{id}")
    RunSummary one(@PathVariable long id) {
        RunId run = new RunId(id);
        return runs.find(run).orElseThrow(() -> new RunNotFoundException(run));
    }

    @GetMapping("/{id}/decisions/{subjectType}/{subjectCode}")
    @Operation(summary = "One decision with its full trace: every rule that fired, its legal basis and the facts it matched")
    DecisionView decision(@PathVariable long id, @PathVariable SubjectType subjectType, @PathVariable String subjectCode,
                          @RequestHeader(value = "Accept-Language", required = false) String language) {
        RunId run = new RunId(id);
        if (runs.find(run).isEmpty()) {
            throw new RunNotFoundException(run);
        }
        return runs.decision(run, subjectType, subjectCode, Language.of(language))
                .orElseThrow(() -> new RunNotFoundException(run, subjectType, subjectCode));
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Re-evaluate the run's stored facts with its stored rule set and say whether every decision is identical")
    ReplayReport replay(@PathVariable long id) {
        return replay.replay(new RunId(id));
    }
}
