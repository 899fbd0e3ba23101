package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.web.Text;

/**
 * A problem of a rule set said as a sentence in the page's language, what is wrong and where
 * ("Quy tắc có lỗi ở tệp decision.drl, dòng 3, cột 5: …"), above its technical detail, which stays
 * as Drools or the checks wrote it. What is wrong is known by the file the problem is in and by the
 * security checks' mark ({@code security: …}); the stored problems carry nothing more.
 */
final class ProblemWording {

    private ProblemWording() {
    }

    static Text of(RuleProblem problem) {
        String file = problem.file();
        String what = problem.message().startsWith("security: ") ? "security"
                : file.endsWith(".drl") ? "drl"
                : RuleSource.isBinary(file) ? "table"
                : file.equals(RuleSet.PARAMETERS_FILE) ? "parameters"
                : file.equals(Organisation.FILE) ? "organisation"
                : file.equals(ProvisionRegister.FILE) ? "provisions"
                : file.startsWith("tests/") ? "scenario"
                : "ruleSet";
        Text where = file.startsWith("(") ? Text.of("ruleProblem.at.ruleSet")
                : problem.line() > 0 && problem.column() > 0 ? Text.of("ruleProblem.at.column", file, problem.line(), problem.column())
                : problem.line() > 0 ? Text.of("ruleProblem.at.line", file, problem.line())
                : Text.of("ruleProblem.at.file", file);
        return Text.of("ruleProblem." + what, where);
    }

    /** The sentence with the technical detail after it, for a page that lists a problem on one line. */
    static Text withDetail(RuleProblem problem) {
        return Text.of("ruleProblem.withDetail", of(problem), problem.message());
    }
}
