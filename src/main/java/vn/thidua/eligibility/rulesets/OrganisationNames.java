package vn.thidua.eligibility.rulesets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The organisation's names in force on a date, as documents print them: from the active rule set's
 * organisation.yaml; a version stored before the file existed uses the default rule set's (the
 * rules folder, or the copy packaged in the service).
 */
@Component
public class OrganisationNames {
    private final Supplier<RuleSet> active;
    private final RuleFolder folder;
    private volatile Organisation defaults;

    @Autowired
    OrganisationNames(RuleSetVersions versions, RuleFolder folder) {
        this(() -> versions.current().ruleSet(), folder);
    }

    /** Names by whatever rule set {@code active} gives (a fixed one, in tests). */
    public OrganisationNames(Supplier<RuleSet> active, RuleFolder folder) {
        this.active = active;
        this.folder = folder;
    }

    /** The names in force on the date, by the active version. */
    public Organisation.Names on(LocalDate date) {
        return of(active.get(), date);
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
