package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.engine.RuleSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one rule set (DRL, decision tables, {@code parameters.yaml}, {@code provisions.yaml},
 * {@code organisation.yaml}, test scenarios) and the SHA-256 that
 * names them: the same content always has the same hash, so a run can say exactly which rules
 * decided it.
 */
public record RuleSet(String hash, SortedMap<String, String> files, ParameterTable parameters,
                      ProvisionRegister provisions, Organisation organisation) {

    public static final String PARAMETERS_FILE = "parameters.yaml";
    /** The YAML files of dated data a rule set may hold besides its parameters. */
    public static final Set<String> DATA_FILES = Set.of(PARAMETERS_FILE, ProvisionRegister.FILE, Organisation.FILE);

    public RuleSet {
        files = new TreeMap<>(files);
    }

    /**
     * Builds a rule set from its files; fails with the file and line of every problem of
     * parameters.yaml, provisions.yaml (optional: a rule set written before the register cites
     * legalBasis texts) and organisation.yaml (optional), and of each provision a parameter names
     * that the register lacks.
     */
    public static RuleSet of(Map<String, String> files) {
        SortedMap<String, String> sorted = new TreeMap<>(files);
        List<ParameterProblem> problems = new ArrayList<>();
        String yaml = sorted.get(PARAMETERS_FILE);
        if (yaml == null) {
            problems.add(new ParameterProblem(PARAMETERS_FILE, 0, "the rule set has no " + PARAMETERS_FILE));
        }
        ParameterTable parameters = yaml == null ? null : read(() -> ParameterTable.parse(yaml), problems);
        ProvisionRegister provisions = sorted.containsKey(ProvisionRegister.FILE)
                ? read(() -> ProvisionRegister.parse(sorted.get(ProvisionRegister.FILE)), problems) : ProvisionRegister.empty();
        Organisation organisation = sorted.containsKey(Organisation.FILE)
                ? read(() -> Organisation.parse(sorted.get(Organisation.FILE)), problems) : null;
        if (provisions != null) {
            unknownProvisions(parameters, provisions, problems);
            unknownProvisions(organisation == null ? null : organisation.table(), provisions, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new RuleSet(hashOf(sorted), sorted, parameters, provisions, organisation);
    }

    private static <T> T read(Supplier<T> parse, List<ParameterProblem> problems) {
        try {
            return parse.get();
        } catch (InvalidParametersException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static void unknownProvisions(ParameterTable table, ProvisionRegister register, List<ParameterProblem> problems) {
        if (table == null) {
            return;
        }
        table.definitions().values().forEach(d -> d.provisions().forEach(code -> {
            if (register.get(code).isEmpty()) {
                problems.add(new ParameterProblem(table.file(), d.line(), d.name() + ": provisions names " + code
                        + ", which " + ProvisionRegister.FILE + " does not define"));
            }
        }));
    }

    /** The organisation's names by date, when this rule set has organisation.yaml. */
    public Optional<Organisation> organisationNames() {
        return Optional.ofNullable(organisation);
    }

    public RuleSource source() {
        return RuleSource.of(hash, files);
    }

    /**
     * The SHA-256 of the files, paths included, in path order; a spreadsheet counts by its bytes,
     * not by the base64 text that carries it.
     */
    public static String hashOf(SortedMap<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(RuleSource.bytes(path, text));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
