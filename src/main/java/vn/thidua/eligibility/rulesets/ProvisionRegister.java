package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.rulesets.YamlTree.Entry;
import vn.thidua.eligibility.rulesets.YamlTree.Mapping;
import vn.thidua.eligibility.rulesets.YamlTree.Node;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.thidua.eligibility.rulesets.YamlTree.line;
import static vn.thidua.eligibility.rulesets.YamlTree.scalar;

/**
 * The legal register of a rule set ({@code provisions.yaml}): every provision the rules and
 * parameters name, with its validity and its replacement. A decision cites what is in force on its
 * reference date: a named provision not in force then is cited through its {@code replacedBy} chain.
 */
public final class ProvisionRegister {
    public static final String FILE = "provisions.yaml";
    private static final Set<String> KEYS = Set.of("document", "reference", "from", "to", "replacedBy", "verified");
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.\\-]*";
    /** A replacedBy chain longer than this is a loop. */
    private static final int MAX_CHAIN = 32;

    private final Map<String, Provision> provisions;

    private ProvisionRegister(Map<String, Provision> provisions) {
        this.provisions = provisions;
    }

    /** A rule set written before the register: no provision, every rule cites its legalBasis text. */
    public static ProvisionRegister empty() {
        return new ProvisionRegister(Map.of());
    }

    public Collection<Provision> all() {
        return provisions.values();
    }

    public Optional<Provision> get(String code) {
        return Optional.ofNullable(provisions.get(code));
    }

    public List<Provision> inForce(LocalDate on) {
        return provisions.values().stream().filter(p -> p.inForceOn(on)).toList();
    }

    /**
     * What a rule or parameter naming {@code code} cites on a date: the provision itself when in
     * force, else the first of its replacements in force then; empty when neither is (a provision
     * not yet in force, or one repealed without a replacement) or the code is unknown.
     */
    public Optional<Provision> inForceFor(String code, LocalDate on) {
        Provision p = provisions.get(code);
        Set<String> seen = new HashSet<>();
        while (p != null && seen.add(p.code()) && seen.size() <= MAX_CHAIN) {
            if (p.inForceOn(on)) {
                return Optional.of(p);
            }
            p = p.replacedBy() == null || on.isBefore(p.from()) ? null : provisions.get(p.replacedBy());
        }
        return Optional.empty();
    }

    /** The provisions cited on a date for the codes named, each once, in the order named. */
    public List<Provision> cite(List<String> codes, LocalDate on) {
        Set<Provision> cited = new LinkedHashSet<>();
        codes.forEach(c -> inForceFor(c, on).ifPresent(cited::add));
        return List.copyOf(cited);
    }

    /**
     * Reads provisions.yaml; every problem names the file, the line, the provision and the field.
     *
     * @throws InvalidParametersException with every problem found
     */
    public static ProvisionRegister parse(String yaml) {
        Node root = YamlTree.parse(FILE, yaml);
        List<ParameterProblem> problems = new ArrayList<>();
        Map<String, Provision> out = new LinkedHashMap<>();
        if (root == null) {
            return new ProvisionRegister(Map.of());
        }
        if (!(root instanceof Mapping map)) {
            throw new InvalidParametersException(List.of(new ParameterProblem(FILE, line(root),
                    "expected a mapping of provision codes to provisions")));
        }
        Map<String, Integer> replacedByLines = new LinkedHashMap<>();
        for (Entry e : map.entries()) {
            String code = scalar(e.key());
            if (code == null || !code.matches(CODE)) {
                problems.add(new ParameterProblem(FILE, line(e.key()), "invalid provision code: " + code
                        + " (letters, digits, '.', '-', '_')"));
                continue;
            }
            if (out.containsKey(code)) {
                problems.add(new ParameterProblem(FILE, line(e.key()), "provision " + code + " is defined twice"));
                continue;
            }
            Provision p = provision(code, line(e.key()), e.value(), problems, replacedByLines);
            if (p != null) {
                out.put(code, p);
            }
        }
        out.values().forEach(p -> {
            if (p.replacedBy() == null) {
                return;
            }
            Provision next = out.get(p.replacedBy());
            int at = replacedByLines.getOrDefault(p.code(), p.line());
            if (next == null) {
                problems.add(new ParameterProblem(FILE, at, "provision " + p.code() + ": replacedBy " + p.replacedBy()
                        + " is not a provision of " + FILE));
            } else if (next.code().equals(p.code())) {
                problems.add(new ParameterProblem(FILE, at, "provision " + p.code() + ": replacedBy names the provision itself"));
            } else if (p.to() == null) {
                problems.add(new ParameterProblem(FILE, at, "provision " + p.code() + ": replacedBy needs 'to', the provision's last day in force"));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ParameterProblem::line));
            throw new InvalidParametersException(problems);
        }
        return new ProvisionRegister(out);
    }

    private static Provision provision(String code, int codeLine, Node node, List<ParameterProblem> problems,
                                       Map<String, Integer> replacedByLines) {
        String what = "provision " + code;
        if (!(node instanceof Mapping m)) {
            problems.add(new ParameterProblem(FILE, line(node) == 0 ? codeLine : line(node),
                    what + ": expected document, reference, from, to, replacedBy, verified"));
            return null;
        }
        int before = problems.size();
        Map<String, Node> fields = new LinkedHashMap<>();
        for (Entry e : m.entries()) {
            String key = scalar(e.key());
            if (!KEYS.contains(key)) {
                problems.add(new ParameterProblem(FILE, line(e.key()), what + ": unknown field '" + key
                        + "' (expected document, reference, from, to, replacedBy, verified)"));
            } else {
                fields.put(key, e.value());
            }
        }
        String document = scalar(fields.get("document"));
        if (document == null || document.isBlank()) {
            problems.add(new ParameterProblem(FILE, fields.containsKey("document") ? line(fields.get("document")) : codeLine,
                    what + ": field 'document' is missing"));
        }
        String vi = null;
        String en = null;
        if (fields.get("reference") instanceof Mapping ref) {
            for (Entry e : ref.entries()) {
                String lang = scalar(e.key());
                if ("vi".equals(lang)) {
                    vi = scalar(e.value());
                } else if ("en".equals(lang)) {
                    en = scalar(e.value());
                } else {
                    problems.add(new ParameterProblem(FILE, line(e.key()), what + ": field 'reference' takes vi and en, not '" + lang + "'"));
                }
            }
        }
        if (vi == null || vi.isBlank() || en == null || en.isBlank()) {
            problems.add(new ParameterProblem(FILE, fields.containsKey("reference") ? line(fields.get("reference")) : codeLine,
                    what + ": field 'reference' needs both vi and en texts"));
        }
        LocalDate from = date(what, "from", fields, codeLine, true, problems);
        LocalDate to = date(what, "to", fields, codeLine, false, problems);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new ParameterProblem(FILE, line(fields.get("to")), what + ": field 'to' (" + to
                    + ") is before field 'from' (" + from + ")"));
        }
        String replacedBy = fields.containsKey("replacedBy") ? scalar(fields.get("replacedBy")) : null;
        if (replacedBy != null && replacedBy.isBlank()) {
            replacedBy = null;
        }
        if (replacedBy != null) {
            replacedByLines.put(code, line(fields.get("replacedBy")));
        }
        Boolean verified = null;
        Node v = fields.get("verified");
        if (v instanceof YamlTree.Scalar s && s.token().isBoolean()) {
            verified = Boolean.parseBoolean(s.text());
        } else {
            problems.add(new ParameterProblem(FILE, v == null ? codeLine : line(v), what
                    + ": field 'verified' must be true or false (false: the article could not be checked against the official text)"));
        }
        return problems.size() == before
                ? new Provision(code, document.strip(), vi.strip(), en.strip(), from, to, replacedBy, verified, codeLine) : null;
    }

    private static LocalDate date(String what, String field, Map<String, Node> fields, int codeLine, boolean required,
                                  List<ParameterProblem> problems) {
        Node n = fields.get(field);
        String text = scalar(n);
        if (n == null || text == null || text.isBlank()) {
            if (required || n != null && text == null) {
                problems.add(new ParameterProblem(FILE, n == null ? codeLine : line(n), what + ": field '" + field
                        + "' must be a date YYYY-MM-DD"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new ParameterProblem(FILE, line(n), what + ": field '" + field + "' must be a date YYYY-MM-DD, not " + text));
            return null;
        }
    }
}
