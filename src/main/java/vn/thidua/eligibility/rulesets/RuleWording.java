package vn.thidua.eligibility.rulesets;

import java.util.Locale;
import vn.thidua.eligibility.web.Language;
import vn.thidua.eligibility.engine.ParameterTexts;
import vn.thidua.eligibility.engine.RuleInfo;
import vn.thidua.eligibility.model.Parameter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule as the administrator reads it: its name and description as written (with their
 * {@code {param:…}} placeholders) and as they read on a date, and the provisions it names, each
 * marked when unverified or not in force on that date.
 *
 * @param legalBasis a legalBasis text the rule still cites, or null
 */
public record RuleWording(String id, String file, String name, String nameOnDate, String description,
                          String descriptionOnDate, List<Named> provisions, String legalBasis) {

    /** {@code citedAs}: what the rule cites for it on the date (itself, its replacement), null when nothing. */
    public record Named(String code, String reference, boolean verified, boolean inForce, String citedAs) {
    }

    static List<RuleWording> of(RuleSet ruleSet, List<RuleInfo> rules, LocalDate on, Locale locale) {
        boolean english = Language.english(locale);
        Map<String, Object> values = new HashMap<>();
        try {
            ruleSet.parameters().resolve(on).forEach((Parameter p) -> values.put(p.getName(), p.getValue()));
        } catch (NoValueInForceException e) {
            // before the parameters' first date: the placeholders stay as written
        }
        return rules.stream().map(r -> {
            String description = english ? r.descriptionEn() : r.descriptionVi();
            List<Named> named = r.provisions().stream().map(code -> {
                var p = ruleSet.provisions().get(code);
                var cited = ruleSet.provisions().inForceFor(code, on);
                return new Named(code, p.map(x -> english ? x.referenceEn() : x.referenceVi()).orElse(null),
                        p.map(x -> x.verified()).orElse(false), p.map(x -> x.inForceOn(on)).orElse(false),
                        cited.map(x -> x.code()).orElse(null));
            }).toList();
            return new RuleWording(r.id(), r.file(), r.name(), ParameterTexts.render(r.name(), values, !english),
                    description, ParameterTexts.render(description, values, !english), named, r.legalBasis());
        }).toList();
    }
}
