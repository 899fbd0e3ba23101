package vn.thidua.eligibility.rulesets;

import java.util.Locale;
import vn.thidua.eligibility.web.Language;
import vn.thidua.eligibility.engine.RuleInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The legal coverage of a rule set on a date: which provisions in force then have rules (and which),
 * which rules name a provision not in force then (and what replaces it), which provisions in force
 * no rule implements, and which rules still cite free text instead of provisions.
 *
 * @param implemented    provisions in force with the rules that cite them (directly or as a replacement)
 * @param notInForce     a rule's named provision that is not in force on the date, with its replacement in force, if any
 * @param notImplemented provisions in force that no rule cites on the date (parameters and organisation.yaml may name them)
 * @param freeText       rules citing a legalBasis text, which no register dates
 */
public record LegalCoverage(int version, LocalDate on, int rules, List<Covered> implemented, List<NotInForce> notInForce,
                     List<Uncovered> notImplemented, List<FreeText> freeText) {

    /** A provision as the coverage shows it; {@code verified} false: "chưa kiểm chứng / unverified". */
    public record ProvisionRef(String code, String document, String reference, LocalDate from, LocalDate to, boolean verified) {
        static ProvisionRef of(Provision p, boolean english) {
            return new ProvisionRef(p.code(), p.document(), english ? p.referenceEn() : p.referenceVi(), p.from(), p.to(),
                    p.verified());
        }
    }

    public record Covered(ProvisionRef provision, List<String> rules) {
    }

    /** {@code replacement} null: nothing the register knows replaces it on the date (not yet in force, or repealed). */
    public record NotInForce(String rule, String file, String provision, ProvisionRef replacement) {
    }

    /** {@code namedBy}: the parameters (and organisation names) that name it, when no rule does. */
    public record Uncovered(ProvisionRef provision, List<String> namedBy) {
    }

    public record FreeText(String rule, String file, String legalBasis) {
    }

    static LegalCoverage of(int version, RuleSet ruleSet, List<RuleInfo> rules, LocalDate on, Locale locale) {
        boolean english = Language.english(locale);
        ProvisionRegister register = ruleSet.provisions();
        Map<String, TreeSet<String>> citing = new LinkedHashMap<>();
        register.inForce(on).forEach(p -> citing.put(p.code(), new TreeSet<>()));
        List<NotInForce> notInForce = new ArrayList<>();
        List<FreeText> freeText = new ArrayList<>();
        for (RuleInfo rule : rules) {
            for (String code : rule.provisions()) {
                Optional<Provision> cited = register.inForceFor(code, on);
                cited.ifPresent(p -> citing.get(p.code()).add(rule.id()));
                if (cited.isEmpty() || !cited.get().code().equals(code)) {
                    notInForce.add(new NotInForce(rule.id(), rule.file(), code,
                            cited.map(p -> ProvisionRef.of(p, english)).orElse(null)));
                }
            }
            if (rule.legalBasis() != null) {
                freeText.add(new FreeText(rule.id(), rule.file(), rule.legalBasis()));
            }
        }
        Map<String, TreeSet<String>> namedBy = new LinkedHashMap<>();
        names(ruleSet.parameters(), namedBy);
        ruleSet.organisationNames().ifPresent(o -> names(o.table(), namedBy));
        List<Covered> implemented = new ArrayList<>();
        List<Uncovered> notImplemented = new ArrayList<>();
        citing.forEach((code, ruleIds) -> {
            ProvisionRef ref = ProvisionRef.of(register.get(code).orElseThrow(), english);
            if (ruleIds.isEmpty()) {
                notImplemented.add(new Uncovered(ref, List.copyOf(namedBy.getOrDefault(code, new TreeSet<>()))));
            } else {
                implemented.add(new Covered(ref, List.copyOf(ruleIds)));
            }
        });
        return new LegalCoverage(version, on, rules.size(), implemented, notInForce, notImplemented, freeText);
    }

    private static void names(ParameterTable table, Map<String, TreeSet<String>> namedBy) {
        table.definitions().values().forEach(d -> d.provisions().forEach(code ->
                namedBy.computeIfAbsent(code, k -> new TreeSet<>()).add(table.file() + ": " + d.name())));
    }
}
