package vn.thidua.eligibility.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the legal bases of several conditions once each, as an office would cite them: the
 * citations of one document's section are merged ("…, mục II.3.a, tập thể, ý 1, ý 2, ý 3") instead
 * of repeating the document for every condition.
 */
final class LegalBases {
    private LegalBases() {
    }

    static String merge(Collection<String> bases) {
        Set<String> citations = new LinkedHashSet<>();
        for (String basis : bases) {
            if (basis != null) {
                for (String c : basis.split(";")) {
                    if (!c.isBlank()) {
                        citations.add(c.strip());
                    }
                }
            }
        }
        // the last ", " part is the point cited (ý 1, khoản 4 …); what comes before names the document
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        for (String c : citations) {
            int cut = c.lastIndexOf(", ");
            String document = cut < 0 ? c : c.substring(0, cut);
            String point = cut < 0 ? null : c.substring(cut + 2);
            List<String> points = byDocument.computeIfAbsent(document, k -> new ArrayList<>());
            if (point != null) {
                points.add(point);
            }
        }
        List<String> out = new ArrayList<>();
        byDocument.forEach((document, points) ->
                out.add(points.isEmpty() ? document : document + ", " + String.join(", ", points)));
        return String.join("; ", out);
    }
}
