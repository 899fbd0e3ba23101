package vn.thidua.eligibility.runs;

import vn.thidua.eligibility.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.eligibility.facts.FactCounts;

/** The first page after the login: which years have facts, how many, and the latest runs. */
@PageController
class DashboardPage {
    private static final int LATEST_RUNS = 10;

    private final FactCounts facts;
    private final RunService runs;

    DashboardPage(FactCounts facts, RunService runs) {
        this.facts = facts;
        this.runs = runs;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("coverage", facts.coverage());
        model.addAttribute("runs", runs.latest().stream().limit(LATEST_RUNS).toList());
        return "dashboard";
    }
}
