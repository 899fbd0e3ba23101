package vn.thidua.eligibility.proposals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.eligibility.model.SubjectType;

import java.net.URI;
import java.security.Principal;
import java.util.List;

@RestController
@RequestMapping("/api/proposals")
@Tag(name = "Proposals", description = "Danh sách đề nghị khen thưởng: compiled by the Office (STAFF), reviewed by the "
        + "Council and decided (ADMIN); the decision writes the granted awards into the awards register")
class ProposalController {
    private final ProposalService proposals;
    private final ProposalWorkflow workflow;

    ProposalController(ProposalService proposals, ProposalWorkflow workflow) {
        this.proposals = proposals;
        this.workflow = workflow;
    }

    @PostMapping
    @Operation(summary = "Compile the proposal list of a completed run (STAFF, ADMIN): its ELIGIBLE subjects (annual) "
            + "or PROPOSED and TIED_AT_QUOTA people (phase); one proposal per run")
    ResponseEntity<ProposalView> create(@RequestBody ProposalRequests.NewProposal request, Principal principal) {
        ProposalView p = proposals.create(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/proposals/" + p.id())).body(p);
    }

    @GetMapping
    @Operation(summary = "The latest 100 proposals, newest first")
    List<ProposalView> latest() {
        return proposals.latest();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A proposal: entries with the run's outcome, overrides, notes, the Council's results, "
            + "the decision, revocations and the log of every act")
    ProposalView one(@PathVariable long id) {
        return proposals.find(id);
    }

    @PostMapping("/{id}/entries")
    @Operation(summary = "Add a subject the run did not find eligible (STAFF, ADMIN; DRAFT only): an override, "
            + "recorded with who and why and shown beside the run's outcome. A subject the run EXCLUDED, DEFERRED or did not "
            + "(yet) qualify also needs a justification of eligibility.proposals.min-justification characters and "
            + "\"confirmed\": true (422 naming each missing one), and keeps the reasons it set aside (override.grounds)")
    ProposalView addOverride(@PathVariable long id, @RequestBody ProposalRequests.NewEntry request, Principal principal) {
        return proposals.addOverride(id, request, principal.getName());
    }

    @PutMapping("/{id}/entries/{subjectType}/{subjectCode}/note")
    @Operation(summary = "Set or clear the Office's note on an entry (STAFF, ADMIN; DRAFT only)")
    ProposalView note(@PathVariable long id, @PathVariable SubjectType subjectType, @PathVariable String subjectCode,
                      @RequestBody ProposalRequests.Note request, Principal principal) {
        return proposals.note(id, new SubjectKey(subjectType, subjectCode), request, principal.getName());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the list to the Council (STAFF, ADMIN): DRAFT → UNDER_REVIEW")
    ProposalView submit(@PathVariable long id, Principal principal) {
        return proposals.submit(id, principal.getName());
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Record the Council's review (ADMIN; UNDER_REVIEW, once): the minutes' number and date and "
            + "every entry AGREED or REJECTED with a reason; a phase list agrees at most the quota")
    ProposalView review(@PathVariable long id, @RequestBody ProposalRequests.Review request, Principal principal) {
        return proposals.review(id, request, principal.getName());
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Record the decision (ADMIN): number, date, signer — the Director's, or the province's for a "
            + "phase list. UNDER_REVIEW → DECIDED; every agreed entry becomes an award in the register, in the same transaction")
    ProposalView decide(@PathVariable long id, @RequestBody ProposalRequests.Decision request, Principal principal) {
        return proposals.decide(id, request, principal.getName());
    }

    @PostMapping("/{id}/entries/{subjectType}/{subjectCode}/revocation")
    @Operation(summary = "Revoke a granted award (ADMIN; Luật Thi đua, khen thưởng 2022, chương VII): recorded with "
            + "the reason, and the award taken out of the register so later runs no longer count it")
    ProposalView revoke(@PathVariable long id, @PathVariable SubjectType subjectType, @PathVariable String subjectCode,
                        @RequestBody ProposalRequests.Revocation request, Principal principal) {
        return proposals.revoke(id, new SubjectKey(subjectType, subjectCode), request, principal.getName());
    }

    @GetMapping("/{id}/list.xlsx")
    @Operation(summary = "The proposal list as an Excel workbook, in Vietnamese")
    ResponseEntity<byte[]> listXlsx(@PathVariable long id) {
        return workflow.listXlsx(id).response();
    }

    @GetMapping("/{id}/list.pdf")
    @Operation(summary = "The proposal list as a PDF, in Vietnamese, with its font embedded")
    ResponseEntity<byte[]> listPdf(@PathVariable long id) {
        return workflow.listPdf(id).response();
    }

}
