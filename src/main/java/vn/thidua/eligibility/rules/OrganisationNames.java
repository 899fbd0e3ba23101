package vn.thidua.eligibility.rules;

import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The organisation's names in force on a date, as documents print them: from the active rule set's
 * organisation.yaml; a version stored before the file existed uses the default rule set's (the
 * rules folder, or the copy packaged in the service).
 */
@Component
public class OrganisationNames {
    private final ActiveRuleSet active;
    private final RuleFolder folder;
    private volatile Organisation defaults;

    public OrganisationNames(ActiveRuleSet active, RuleFolder folder) {
        this.active = active;
        this.folder = folder;
    }

    /** The names in force on the date, by the active version. */
    public Organisation.Names on(LocalDate date) {
        return of(active.current().ruleSet(), date);
    }

    /** The names in force on the date by a given rule set (a run's), else by the default rule set. */
    public Organisation.Names of(RuleSet ruleSet, LocalDate date) {
        return ruleSet.organisationNames().orElseGet(this::defaults).on(date);
    }

    private Organisation defaults() {
        Organisation o = defaults;
        if (o == null) {
            o = folder.read().organisationNames().orElseThrow(() -> new IllegalStateException(
                    "Neither the active rule set nor " + folder.source() + " has " + Organisation.FILE));
            defaults = o;
        }
        return o;
    }
}
