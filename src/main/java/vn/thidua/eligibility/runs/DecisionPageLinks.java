package vn.thidua.eligibility.runs;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The run page's links to other pages of the same list, and to its export, each keeping the filters
 * and the order; null where there is no such page.
 */
record DecisionPageLinks(String first, String previous, String next, String last, String csv, String xlsx) {

    static DecisionPageLinks of(long run, DecisionFilter filter, DecisionPage page) {
        UriComponentsBuilder list = UriComponentsBuilder.fromPath("/runs/" + run);
        UriComponentsBuilder csv = UriComponentsBuilder.fromPath("/api/runs/" + run + "/decisions.csv");
        UriComponentsBuilder xlsx = UriComponentsBuilder.fromPath("/api/runs/" + run + "/decisions.xlsx");
        add(list, "type", filter.type());
        add(csv, "subjectType", filter.type());
        add(xlsx, "subjectType", filter.type());
        for (UriComponentsBuilder b : new UriComponentsBuilder[]{list, csv, xlsx}) {
            add(b, "outcome", filter.outcome());
            add(b, "unit", filter.unit());
            add(b, "condition", filter.condition());
            add(b, "q", filter.q());
            add(b, "sort", page.sort().equals(DecisionSort.RANK.wire()) ? null : page.sort());
        }
        long last = page.pages() - 1;
        return new DecisionPageLinks(page.page() > 0 ? at(list, 0) : null,
                page.page() > 0 ? at(list, Math.min(page.page() - 1, last)) : null,
                page.page() < last ? at(list, page.page() + 1) : null,
                page.page() < last ? at(list, last) : null,
                csv.encode().build().toUriString(), xlsx.encode().build().toUriString());
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value.toString());
        }
    }

    private static String at(UriComponentsBuilder list, long page) {
        UriComponentsBuilder b = list.cloneBuilder();
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }
}
