package vn.thidua.eligibility.rulesets;

import vn.thidua.eligibility.engine.RuleProblem;
import vn.thidua.eligibility.engine.RuleSource;
import vn.thidua.eligibility.web.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A version's files as the code views show them: the text files, each with an element id and the
 * editor mode, and every problem with the id of the file it is in, so that the list of problems can
 * lead to the line. Spreadsheet decision tables are named only: they are not text.
 */
record RuleFiles(List<RuleFile> files, List<String> spreadsheets, List<Problem> problems) {

    record RuleFile(String id, String path, String mode, String content) {
    }

    /**
     * @param summary what is wrong and where, for the page to word in its language above {@code message},
     *                the technical detail
     * @param fileId  null for a problem in a file the views do not show (a spreadsheet)
     */
    record Problem(String file, int line, int column, Text summary, String message, String fileId) {
    }

    static RuleFiles of(RuleSetVersion version) {
        List<RuleFile> files = new ArrayList<>();
        List<String> spreadsheets = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        version.files().forEach((path, content) -> {
            if (!RuleSource.isBinary(path)) {
                String id = "file-" + files.size();
                ids.put(path, id);
                files.add(new RuleFile(id, path, path.endsWith(".drl") ? "drl" : "yaml", content));
            } else {
                spreadsheets.add(path);
            }
        });
        List<Problem> problems = new ArrayList<>();
        for (RuleProblem p : version.problems()) {
            problems.add(new Problem(p.file(), p.line(), p.column(), ProblemWording.of(p), p.message(), ids.get(p.file())));
        }
        return new RuleFiles(files, spreadsheets, problems);
    }
}
