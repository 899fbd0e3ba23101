package vn.thidua.eligibility.engine;

import vn.thidua.eligibility.model.Award;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Decision;
import vn.thidua.eligibility.model.Discipline;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.ExcellentPair;
import vn.thidua.eligibility.model.Finding;
import vn.thidua.eligibility.model.Improvement;
import vn.thidua.eligibility.model.Initiative;
import vn.thidua.eligibility.model.Merit;
import vn.thidua.eligibility.model.Parameter;
import vn.thidua.eligibility.model.ProvincialTask;
import vn.thidua.eligibility.model.Rating;
import vn.thidua.eligibility.model.SanctionEnd;
import vn.thidua.eligibility.model.Subject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order of facts that depends on their content only: by kind, then by natural key. Facts are
 * inserted into a session in this order and the lists in an explanation are written in it, so the
 * same facts give the same verdicts, texts and trace whatever order they were read in.
 */
public final class FactOrder {
    static final Comparator<Object> ORDER = Comparator.comparing((Object o) -> o.getClass().getName())
            .thenComparing(FactOrder::key)
            .thenComparing(String::valueOf);

    private FactOrder() {
    }

    static <T> List<T> sorted(Collection<T> facts) {
        List<T> out = new ArrayList<>(facts);
        out.sort(ORDER);
        return out;
    }

    /**
     * A copy of a finding's values with every collection of facts in fact order. (Not
     * {@code contains(null)}: an immutable list throws on it.)
     */
    static Map<String, Object> withSortedCollections(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>(values);
        out.replaceAll((name, v) -> v instanceof Collection<?> c && c.stream().allMatch(Objects::nonNull) ? sorted(c) : v);
        return out;
    }

    /** The natural keys of the fact bundle (issue 2), and of what the rules conclude: a trace names a counted fact by it. */
    public static String key(Object o) {
        if (o instanceof Subject s) {
            return s.ref().toString();
        }
        if (o instanceof Criterion c) {
            return c.getYear() + " " + c.getCode();
        }
        if (o instanceof ProvincialTask t) {
            return t.getCode();
        }
        if (o instanceof Dossier d) {
            return d.getCode();
        }
        if (o instanceof Initiative i) {
            return i.getCode();
        }
        if (o instanceof Discipline d) {
            return d.getSubjectType() + ":" + d.getSubjectCode() + " " + d.getKind() + " " + d.getFrom();
        }
        if (o instanceof Rating r) {
            return r.getPersonCode() + " " + r.getYear();
        }
        if (o instanceof Award a) {
            return a.getYear() + " " + a.getSubjectType() + ":" + a.getSubjectCode() + " " + a.getAward();
        }
        if (o instanceof Parameter p) {
            return p.getName();
        }
        if (o instanceof Improvement i) {
            return i.getPerson().getCode() + " " + key(i.getItem());
        }
        if (o instanceof Finding f) {
            return f.getSubject().ref() + " " + f.getCode();
        }
        if (o instanceof Merit m) {
            return m.getPerson().getCode();
        }
        if (o instanceof ExcellentPair p) {
            return p.getPerson().getCode() + " " + p.getFirstYear();
        }
        if (o instanceof SanctionEnd e) {
            return e.getPerson().getCode();
        }
        if (o instanceof Decision d) {
            return d.getSubject().ref().toString();
        }
        return String.valueOf(o);
    }
}
