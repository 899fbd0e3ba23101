package vn.thidua.eligibility.rulesets;

import org.springframework.stereotype.Service;
import vn.thidua.eligibility.engine.RuleSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What other modules (the pages) may do with rule sets: the same operations as the REST API, with
 * the same checks, audit entries and refusals ({@link RuleSetRefusedException}).
 */
@Service
public class RuleSets {
    private final RuleSetAdministration admin;

    RuleSets(RuleSetAdministration admin) {
        this.admin = admin;
    }

    /** Every version, newest first, without files. */
    public List<StoredVersion> list() {
        return admin.list();
    }

    /** One version with its files; refused as NOT_FOUND when there is none. */
    public StoredVersion get(int version) {
        return admin.get(version);
    }

    /** A spreadsheet decision table is stored as base64: it is replaced by uploading, not edited as text. */
    public static boolean isText(String path) {
        return !RuleSource.isBinary(path);
    }

    /** A new DRAFT: the files given replace those of {@code basedOn}; stored even when invalid. */
    public StoredVersion createDraft(int basedOn, Map<String, String> files, String note, String user) {
        return admin.create(new RuleSetAdministration.Draft(basedOn, files, note), user);
    }

    public ScenarioRunner.Report test(int version, String user) {
        return admin.test(version, user);
    }

    public Simulation.Report simulateAnnual(int version, Integer year, LocalDate referenceDate, boolean english) {
        return admin.simulate(version, year, referenceDate, english);
    }

    /** The legal coverage of a valid version on a date. */
    public LegalCoverage coverage(int version, LocalDate on, boolean english) {
        return admin.coverage(version, on, english);
    }

    /** A valid version's rules, their texts as written and as they read on a date, and the provisions they name. */
    public List<RuleWording> wording(int version, LocalDate on, boolean english) {
        return admin.wording(version, on, english);
    }

    public StoredVersion activate(int version, String user) {
        return admin.activate(version, user);
    }
}
