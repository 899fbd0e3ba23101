package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.model.Evaluation;
import vn.thidua.eligibility.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.eligibility.facts.FactCompleteness;
import vn.thidua.eligibility.facts.FactCounts;
import vn.thidua.eligibility.facts.FactCoverage;
import vn.thidua.eligibility.model.SubjectType;

import java.security.Principal;
import java.time.Year;
import java.util.List;
import java.util.Locale;

/** The runs: the list and the forms that start an annual or a phase run, a run's page, and one decision explained. */
@PageController
class RunPages {
    /** Seconds between two looks at a run still being evaluated. */
    private static final int POLL_SECONDS = 2;
    /** The years a completeness check is made for, as a run's. */

    private final RunService runs;
    private final FactCounts facts;
    private final TraceTables traces;
    private final RunProposals proposals;
    private final FactCompleteness completeness;
    private final RunReplay replay;
    private final DecisionQueries queries;
    private final RunAggregates aggregates;

    RunPages(RunService runs, FactCounts facts, TraceTables traces, RunProposals proposals,
             FactCompleteness completeness, RunReplay replay, DecisionQueries queries, RunAggregates aggregates) {
        this.queries = queries;
        this.aggregates = aggregates;
        this.replay = replay;
        this.completeness = completeness;
        this.runs = runs;
        this.facts = facts;
        this.traces = traces;
        this.proposals = proposals;
    }

    /** @param check the year the annual form is for, and whose completeness is shown; by default the newest with facts */
    @GetMapping("/runs")
    String list(@RequestParam(name = "year", required = false) Integer check, Model model) {
        List<FactCoverage.YearFacts> years = facts.coverage().years();
        // the newest year with facts is the one most likely to be evaluated next
        int year = check != null ? check : years.isEmpty() ? Year.now().getValue() - 1 : years.get(0).year();
        model.addAttribute("form", new RunForm(year, null));
        model.addAttribute("phaseForm", PhaseRunForm.ending(year));
        return listWith(model);
    }

    @PostMapping("/runs")
    String start(@ModelAttribute("form") RunForm form, BindingResult binding, Principal user, Locale locale, Model model) {
        return binding.hasErrors() ? listWith(model) : start(form.request(), user, locale, model);
    }

    @PostMapping("/runs/phase")
    String startPhase(@ModelAttribute("phaseForm") PhaseRunForm form, BindingResult binding, Principal user, Locale locale,
                      Model model) {
        return binding.hasErrors() ? listWith(model) : start(form.request(), user, locale, model);
    }

    private String start(RunRequest request, Principal user, Locale locale, Model model) {
        try {
            RunSummary run = runs.start(request, user.getName());
            return "redirect:/runs/" + run.id();
        } catch (InvalidRunRequestException e) {
            model.addAttribute("problems", e.problems(locale));
            if (e instanceof NoFactsToEvaluateException refused) {
                refused.completeness().ifPresent(c -> model.addAttribute("completeness", c));
            }
            return listWith(model);
        }
    }

    /**
     * The form that was sent is in the model already, with its binding errors: adding it again would
     * drop them. The other form starts empty.
     */
    private String listWith(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RunForm(null, null));
        }
        if (!model.containsAttribute("phaseForm")) {
            model.addAttribute("phaseForm", new PhaseRunForm(null, null, null, null));
        }
        // what is missing for the annual form's year, before the staff starts it (issue 9)
        if (!model.containsAttribute("completeness") && model.getAttribute("form") instanceof RunForm form
                && form.year() != null && form.year() >= Evaluation.MIN_YEAR && form.year() <= Evaluation.MAX_YEAR) {
            model.addAttribute("completeness", completeness.of(form.year(), form.referenceDate()));
        }
        model.addAttribute("runs", runs.latest());
        return "runs";
    }

    /**
     * A run with its counts and charts from SQL aggregates, and a page of its decisions as filtered and
     * sorted: a province's run shows as quickly as a Department's.
     */
    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, DecisionFilter filter, @RequestParam(required = false) Integer page,
               @RequestParam(required = false) String sort, Locale locale, Model model) {
        RunSummary run = runs.find(new RunId(id)).orElseThrow(RunPages::notFound);
        model.addAttribute("run", run);
        model.addAttribute("filter", filter);
        if (run.status() == RunStatus.RUNNING) {
            model.addAttribute("refreshSeconds", POLL_SECONDS);
            return "run";
        }
        DecisionPaging paging = DecisionPaging.of(page, null, sort);
        RunOverview overview = aggregates.overview(run.id());
        model.addAttribute("overview", overview);
        DecisionPage decisions = runs.awardedBy(run.id(), queries.page(run.id(), filter.checked(), paging, locale));
        model.addAttribute("decisions", decisions);
        model.addAttribute("links", DecisionPageLinks.of(id, filter, decisions));
        model.addAttribute("sorts", DecisionSort.values());
        model.addAttribute("proposal", proposals.ofRun(id).orElse(null));
        model.addAttribute("unitCodes", overview.unitCodes());
        return "run";
    }

    /**
     * Re-evaluates the completed run from what it stored and shows, on its page, whether every decision
     * came out the same: the check an auditor makes, as {@code POST /api/runs/{id}/replay}. Nothing is stored.
     */
    @PostMapping("/runs/{id}/replay")
    String replay(@PathVariable long id, Locale locale, Model model) {
        RunSummary run = runs.find(new RunId(id)).orElseThrow(RunPages::notFound);
        if (run.status() != RunStatus.COMPLETED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        model.addAttribute("replay", replay.replay(run.id()));
        return run(id, DecisionFilter.NONE, null, null, locale, model);
    }

    @GetMapping("/runs/{id}/decisions/{type}/{code}")
    String decision(@PathVariable long id, @PathVariable SubjectType type, @PathVariable String code, Locale locale,
                    Model model) {
        RunSummary run = runs.find(new RunId(id)).orElseThrow(RunPages::notFound);
        DecisionView decision = runs.decision(run.id(), type, code, locale)
                .orElseThrow(RunPages::notFound);
        model.addAttribute("run", run);
        model.addAttribute("decision", decision);
        model.addAttribute("steps", traces.steps(decision.trace()));
        return "decision";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
