package vn.thidua.eligibility.proposals;

import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.eligibility.model.RunKind;
import vn.thidua.eligibility.model.SubjectType;
import vn.thidua.eligibility.runs.DecisionView;
import vn.thidua.eligibility.runs.RunId;
import vn.thidua.eligibility.runs.RunService;
import vn.thidua.eligibility.runs.RunStatus;
import vn.thidua.eligibility.runs.RunSummary;

import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The proposal list from a run to the decision: compiled and annotated by the Office, reviewed by
 * the Council, decided, and its documents. Every act goes through {@link ProposalWorkflow}, which
 * checks it; a refused act shows the proposal again with the reason, under the status the API
 * would answer (400, 404, 409). Which role may post which form is decided by the URL rules.
 */
@PageController
class ProposalPages {
    private final ProposalWorkflow proposals;
    private final RunService runs;
    private final MessageSource messages;
    private final ProposalSettings settings;

    ProposalPages(ProposalWorkflow proposals, RunService runs, MessageSource messages, ProposalSettings settings) {
        this.settings = settings;
        this.proposals = proposals;
        this.runs = runs;
        this.messages = messages;
    }

    @GetMapping("/proposals")
    String list(Model model) {
        model.addAttribute("proposals", proposals.latest());
        // the yearly report counts a year's latest completed annual run: only those years can have one
        model.addAttribute("reportYears", runs.latest().stream()
                .filter(r -> r.kind() == RunKind.ANNUAL && r.status() == RunStatus.COMPLETED)
                .map(RunSummary::year).distinct().sorted(Comparator.reverseOrder()).toList());
        return "proposals";
    }

    @PostMapping("/proposals")
    ModelAndView create(@RequestParam long runId, Principal user, Model model) {
        try {
            return redirect(proposals.create(runId, user.getName()).id());
        } catch (ProposalException e) {
            model.addAttribute("problems", e.problems());
            ModelAndView page = new ModelAndView(list(model), model.asMap());
            page.setStatus(status(e));
            return page;
        }
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        fill(find(id), locale, model.asMap());
        return "proposal";
    }

    @PostMapping("/proposals/{id}/entries")
    ModelAndView addOverride(@PathVariable long id, @ModelAttribute ProposalForms.Override form, BindingResult binding,
                             @RequestParam Map<String, String> typed, Principal user, Locale locale, RedirectAttributes flash) {
        return act(id, binding, () -> proposals.addOverride(id, form.request(), user.getName()), "proposal.done.override",
                locale, flash, new Typed(typed, null));
    }

    @PostMapping("/proposals/{id}/entries/{type}/{code}/note")
    ModelAndView note(@PathVariable long id, @PathVariable SubjectType type, @PathVariable String code,
                      @RequestParam(required = false) String note, @RequestParam Map<String, String> typed, Principal user,
                      Locale locale, RedirectAttributes flash) {
        return act(id, null, () -> proposals.note(id, type, code, new ProposalRequests.Note(note), user.getName()),
                "proposal.done.note", locale, flash, new Typed(typed, type + "/" + code));
    }

    @PostMapping("/proposals/{id}/submit")
    ModelAndView submit(@PathVariable long id, Principal user, Locale locale, RedirectAttributes flash) {
        return act(id, null, () -> proposals.submit(id, user.getName()), "proposal.done.submit", locale, flash, Typed.NOTHING);
    }

    @PostMapping("/proposals/{id}/review")
    ModelAndView review(@PathVariable long id, @ModelAttribute ProposalForms.Review form, BindingResult binding,
                        @RequestParam Map<String, String> typed, Principal user, Locale locale, RedirectAttributes flash) {
        return act(id, binding, () -> proposals.review(id, form.request(), user.getName()), "proposal.done.review", locale, flash,
                new Typed(typed, null));
    }

    @PostMapping("/proposals/{id}/decision")
    ModelAndView decide(@PathVariable long id, @ModelAttribute ProposalForms.Decision form, BindingResult binding,
                        @RequestParam Map<String, String> typed, Principal user, Locale locale, RedirectAttributes flash) {
        return act(id, binding, () -> proposals.decide(id, form.request(), user.getName()), "proposal.done.decision", locale, flash,
                new Typed(typed, null));
    }

    @PostMapping("/proposals/{id}/entries/{type}/{code}/revocation")
    ModelAndView revoke(@PathVariable long id, @PathVariable SubjectType type, @PathVariable String code,
                        @ModelAttribute ProposalForms.Revocation form, BindingResult binding,
                        @RequestParam Map<String, String> typed, Principal user, Locale locale, RedirectAttributes flash) {
        return act(id, binding, () -> proposals.revoke(id, type, code, form.request(), user.getName()),
                "proposal.done.revocation", locale, flash, new Typed(typed, type + "/" + code));
    }

    @GetMapping("/proposals/{id}/list.xlsx")
    ResponseEntity<byte[]> listXlsx(@PathVariable long id) {
        return proposals.listXlsx(id).response();
    }

    @GetMapping("/proposals/{id}/list.pdf")
    ResponseEntity<byte[]> listPdf(@PathVariable long id) {
        return proposals.listPdf(id).response();
    }

    @GetMapping("/reports/yearly/{year}/report.xlsx")
    ResponseEntity<byte[]> yearlyXlsx(@PathVariable int year) {
        return proposals.yearlyXlsx(year).response();
    }

    @GetMapping("/reports/yearly/{year}/report.pdf")
    ResponseEntity<byte[]> yearlyPdf(@PathVariable int year) {
        return proposals.yearlyPdf(year).response();
    }

    /**
     * Does the act and shows the proposal again: after a redirect with what was done, so that a reload
     * does not post twice; or at once with why it was refused. A value that could not be read (a date
     * not in dd/MM/yyyy) is refused before the workflow is asked. A refused form shows again with what
     * was typed in it.
     */
    private ModelAndView act(long id, BindingResult binding, Supplier<ProposalView> act, String done, Locale locale,
                             RedirectAttributes flash, Typed typed) {
        if (binding != null && binding.hasErrors()) {
            return refusedPage(id, List.of(messages.getMessage("proposal.badValue", null, locale)), HttpStatus.BAD_REQUEST,
                    locale, typed);
        }
        try {
            act.get();
            flash.addFlashAttribute("done", done);
            return redirect(id);
        } catch (ProposalException e) {
            return refusedPage(id, e.problems(), status(e), locale, typed);
        }
    }

    private ModelAndView refusedPage(long id, List<String> problems, HttpStatus status, Locale locale, Typed typed) {
        ModelAndView page = new ModelAndView("proposal", status);
        page.addObject("problems", problems);
        // the values as typed, unparsed: a date the page could not read shows as it was written
        page.addObject("typed", typed.values());
        page.addObject("typedEntry", typed.entry());
        fill(find(id), locale, page.getModel());
        return page;
    }

    /**
     * The fields of a refused form by name, and the entry ("TYPE/CODE") whose form it was when the
     * page has one per entry.
     */
    private record Typed(Map<String, String> values, String entry) {
        static final Typed NOTHING = new Typed(Map.of(), null);
    }

    private ProposalView find(long id) {
        return proposals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void fill(ProposalView proposal, Locale locale, Map<String, Object> model) {
        RunSummary run = runs.find(new RunId(proposal.runId())).orElseThrow();
        model.put("proposal", proposal);
        model.put("run", run);
        if (proposal.status() == ProposalStatus.DRAFT) {
            List<DecisionView> candidates = candidates(proposal, run, locale);
            model.put("candidates", candidates);
            model.put("grounds", grounds(candidates));
            model.put("minJustification", settings.minJustification());
        }
    }

    /** For each candidate the run did not find qualified ("TYPE/CODE"), the legal reasons adding it would set aside. */
    private static Map<String, List<String>> grounds(List<DecisionView> candidates) {
        Map<String, List<String>> grounds = new LinkedHashMap<>();
        candidates.stream().filter(d -> OverrideGrounds.setAside(d.outcome()))
                .forEach(d -> grounds.put(d.subjectType() + "/" + d.subjectCode(), OverrideGrounds.of(d)));
        return grounds;
    }

    /** What an override may add: the subjects the run decided that are not on the list yet. */
    private List<DecisionView> candidates(ProposalView proposal, RunSummary run, Locale locale) {
        Set<String> listed = proposal.entries().stream().map(e -> e.subjectType() + " " + e.subjectCode())
                .collect(Collectors.toSet());
        return runs.decisions(run.id(), null, null, locale).stream()
                .filter(d -> !listed.contains(d.subjectType() + " " + d.subjectCode()))
                .sorted(Comparator.comparing(DecisionView::subjectType).thenComparing(DecisionView::subjectCode))
                .toList();
    }

    private static HttpStatus status(ProposalException e) {
        return Refusal.status(e.kind());
    }

    private static ModelAndView redirect(long id) {
        return new ModelAndView("redirect:/proposals/" + id);
    }
}
