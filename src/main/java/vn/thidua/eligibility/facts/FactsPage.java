package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stored facts of one unit in one year — scored items, tasks and dossiers — so that staff can
 * check what an import brought. Without a choice, the latest year and the first unit.
 */
@PageController
class FactsPage {
    private final FactCounts counts;
    private final UnitFacts facts;

    FactsPage(FactCounts counts, UnitFacts facts) {
        this.counts = counts;
        this.facts = facts;
    }

    @GetMapping("/facts")
    String facts(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit, Model model) {
        FactCoverage coverage = counts.coverage();
        model.addAttribute("coverage", coverage);
        Integer shownYear = year != null ? year
                : coverage.years().stream().map(FactCoverage.YearFacts::year).findFirst().orElse(null);
        String shownUnit = unit != null ? unit
                : coverage.units().stream().map(FactCoverage.UnitName::code).findFirst().orElse(null);
        if (shownYear != null && shownUnit != null) {
            model.addAttribute("year", shownYear);
            model.addAttribute("unit", shownUnit);
            model.addAttribute("facts", facts.of(shownUnit, shownYear));
        }
        return "facts";
    }
}
