package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.web.Refusal;
import vn.thidua.eligibility.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.eligibility.facts.FactCounts;
import vn.thidua.eligibility.facts.FactCoverage;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule sets: the versions, one version read-only with its scenarios, simulation and activation,
 * and the editor that saves a new draft. Everything is done by {@link RuleSetAdministration}, as for the API.
 */
@PageController
class RuleSetPages {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RuleSetAdministration ruleSets;
    private final FactCounts facts;
    private final Clock clock;

    RuleSetPages(RuleSetAdministration ruleSets, FactCounts facts, Clock clock) {
        this.ruleSets = ruleSets;
        this.facts = facts;
        this.clock = clock;
    }

    /** Why an activation was refused, for the page to say in words; details are the service's own. */
    record Refused(String reason, List<String> details) {
    }

    @GetMapping("/rulesets")
    String list(Model model) {
        model.addAttribute("versions", ruleSets.list());
        return "rulesets";
    }

    @GetMapping("/rulesets/{version}")
    String version(@PathVariable int version, @RequestParam(name = "on", required = false) String on, Locale locale,
                   Principal user, Model model) {
        legal(version, on, locale, model);
        return version(version, user, model);
    }

    /**
     * The legal coverage on a date (today unless {@code on} is a YYYY-MM-DD date), and the rules with their
     * texts as written and as they read that day: a valid version only.
     */
    private void legal(int version, String on, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        LocalDate date = today;
        try {
            date = on == null || on.isBlank() ? today : LocalDate.parse(on.strip());
        } catch (java.time.format.DateTimeParseException e) {
            model.addAttribute("badCoverageDate", true);
        }
        if (ruleSets.get(version).valid()) {
            model.addAttribute("legalCoverage", ruleSets.coverage(version, date, locale));
            model.addAttribute("ruleTexts", ruleSets.wording(version, date, locale));
        }
    }

    String version(int version, Principal user, Model model) {
        List<FactCoverage.YearFacts> years = facts.coverage().years();
        // as on the runs page: the newest year with facts is the one most likely to be asked about
        int year = years.isEmpty() ? Year.now(clock).getValue() - 1 : years.get(0).year();
        model.addAttribute("simulation", new SimulationForm(year, LocalDate.now(clock.withZone(VIETNAM))));
        return versionPage(version, user, model);
    }

    @PostMapping("/rulesets/{version}/test")
    String test(@PathVariable int version, Principal user, Model model) {
        model.addAttribute("report", ruleSets.test(version, user.getName()));
        return version(version, user, model);
    }

    @PostMapping("/rulesets/{version}/simulate")
    String simulate(@PathVariable int version, @ModelAttribute("simulation") SimulationForm form, BindingResult binding,
                    Locale locale, Principal user, Model model) {
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("diff", ruleSets.simulate(version, form.year(), form.referenceDate(), form.subject(),
                        form.subjectCode(), locale));
            } catch (RuleSetRefusedException e) {
                // an unknown subject is named at its code, like a field typed wrong
                boolean atAField = e.kind() == Refusal.Kind.INVALID || e.kind() == Refusal.Kind.NOT_FOUND && !e.errors().isEmpty();
                if (!atAField) {
                    throw e;
                }
                // the service names the field ("year", "referenceDate", "subjectCode"): the error is shown at it
                e.errors().forEach(d -> binding.rejectValue(d.path(), "simulation." + d.path(), d.messageIn(locale)));
            }
        }
        return versionPage(version, user, model);
    }

    @PostMapping("/rulesets/{version}/activate")
    String activate(@PathVariable int version, Principal user, Model model, RedirectAttributes redirect) {
        try {
            ruleSets.activate(version, user.getName());
            redirect.addFlashAttribute("activated", true);
            return "redirect:/rulesets/" + version;
        } catch (RuleSetRefusedException e) {
            if (e.reason() == RuleSetRefusedException.Reason.OTHER) {
                throw e;
            }
            model.addAttribute("refusal", new Refused(e.reason().name(),
                    e.errors().stream().map(d -> d.path() + ": " + d.messageIn(LocaleContextHolder.getLocale())).toList()));
            return version(version, user, model);
        }
    }

    @PostMapping("/rulesets/{version}/discard")
    String discard(@PathVariable int version, Principal user, Model model, RedirectAttributes redirect) {
        try {
            ruleSets.discard(version, user.getName());
            redirect.addFlashAttribute("discarded", true);
            return "redirect:/rulesets/" + version;
        } catch (RuleSetRefusedException e) {
            if (e.reason() != RuleSetRefusedException.Reason.NOT_A_DRAFT) {
                throw e;
            }
            // discarded or activated by another administrator meanwhile: the page says what it is now
            model.addAttribute("refusal", new Refused(e.reason().name(), List.of()));
            return version(version, user, model);
        }
    }

    /**
     * A draft's page is where a second administrator approves it: it shows what the draft changes from
     * the active version, and tells its author why he cannot activate it himself.
     */
    private String versionPage(int version, Principal user, Model model) {
        RuleSetVersion v = ruleSets.get(version);
        model.addAttribute("version", v);
        if (v.status() == RuleSetStatus.DRAFT) {
            model.addAttribute("changes", ruleSets.diffFromActive(version).orElse(null));
            model.addAttribute("ownDraft", ruleSets.mayNotActivate(v, user.getName()));
        }
        model.addAttribute("code", RuleFiles.of(v));
        // rules no scenario fires are said on the page, not only after the test button
        model.addAttribute("coverage", ruleSets.coverage(version).orElse(null));
        return "ruleset";
    }

    @GetMapping("/rulesets/{version}/edit")
    String editor(@PathVariable int version, Model model) {
        return editorPage(ruleSets.get(version), "", model);
    }

    /** Saves a new draft even when it is invalid; an invalid one opens in the editor with its problems. */
    @PostMapping("/rulesets/{version}/edit")
    String save(@PathVariable int version, DraftForm form, Principal user, Model model, RedirectAttributes redirect) {
        form.malformed().ifPresent(reason -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
        });
        RuleSetVersion base = ruleSets.get(version);
        Map<String, String> changed = form.changedFrom(base.files());
        if (changed.isEmpty()) {
            model.addAttribute("unchanged", true);
            return editorPage(base, form.note(), model);
        }
        RuleSetVersion draft = ruleSets.create(new RuleSetAdministration.Draft(version, changed, form.note()), user.getName());
        redirect.addFlashAttribute("saved", true);
        return draft.valid() ? "redirect:/rulesets/" + draft.version() : "redirect:/rulesets/" + draft.version() + "/edit";
    }

    private String editorPage(RuleSetVersion base, String note, Model model) {
        model.addAttribute("version", base);
        model.addAttribute("code", RuleFiles.of(base));
        model.addAttribute("note", note);
        return "ruleset-edit";
    }
}
