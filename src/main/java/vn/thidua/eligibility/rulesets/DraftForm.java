package vn.thidua.eligibility.rulesets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The editor's form: each text file's path and content in the same order, and the note. Browsers
 * send a textarea's line breaks as CRLF; the rule files use LF, so that an untouched file stays the
 * same text (and the same hash).
 */
record DraftForm(List<String> path, List<String> content, String note) {

    /** A form without the file fields (never sent by the editor) binds them as null. */
    DraftForm {
        path = path == null ? List.of() : path;
        content = content == null ? List.of() : content;
    }

    /** Why the form cannot be a draft's files, if it cannot: the editor sends one path and one content per file. */
    Optional<String> malformed() {
        if (path.isEmpty() || path.size() != content.size()) {
            return Optional.of("The editor's form must send each file as a path and a content field; got "
                    + path.size() + " path and " + content.size() + " content fields");
        }
        return Optional.empty();
    }

    /** The files whose text differs from the version the draft is based on. */
    Map<String, String> changedFrom(Map<String, String> base) {
        Map<String, String> changed = new TreeMap<>();
        for (int i = 0; i < path.size(); i++) {
            String text = content.get(i).replace("\r\n", "\n");
            if (!text.equals(base.get(path.get(i)))) {
                changed.put(path.get(i), text);
            }
        }
        return changed;
    }
}
