package vn.thidua.eligibility.runs;

import java.util.List;

/**
 * One page of a run's decisions (without traces), as filtered and sorted.
 *
 * @param total how many decisions match the filters, over all pages
 * @param page  the page's number, from 0
 * @param size  at most this many items a page
 * @param sort  the order, as the request may name it ({@code rank}, {@code name,desc}…)
 */
public record DecisionPage(List<DecisionView> items, long total, int page, int size, String sort) {

    /** The number of pages, at least 1 (an empty result is one empty page). */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
