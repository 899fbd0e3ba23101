package vn.thidua.eligibility.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a rule concluded about a subject, with the measured values that explain it. The
 * rule's {@code @textVi}/{@code @textEn} metadata turns the values into words, so the rule file
 * holds both the logic and its explanation.
 */
public abstract sealed class Finding permits ConditionResult, Exclusion, Deferral, Rank {
    private final Subject subject;
    private final String code;
    private final Map<String, Object> values = new LinkedHashMap<>();

    protected Finding(Subject subject, String code) {
        this.subject = subject;
        this.code = code;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getCode() {
        return code;
    }

    public Map<String, Object> getValues() {
        return Collections.unmodifiableMap(values);
    }

    /** Adds a measured value, named as in the rule's text template ({@code {name}}). */
    @SuppressWarnings("unchecked")
    public <T extends Finding> T with(String name, Object value) {
        values.put(name, value);
        return (T) this;
    }
}
