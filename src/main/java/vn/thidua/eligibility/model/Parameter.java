package vn.thidua.eligibility.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A parameter of {@code rules/parameters.yaml} with the value in force on the reference date.
 * The typed getters let a rule bind the value it expects.
 */
public final class Parameter {
    private final String name;
    private final Object value;
    private final LocalDate inForceFrom;

    public Parameter(String name, Object value, LocalDate inForceFrom) {
        this.name = name;
        this.value = value;
        this.inForceFrom = inForceFrom;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    /** The {@code from} date of the value in force. */
    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public BigDecimal getDecimal() {
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }

    public int getInteger() {
        return value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value));
    }

    public boolean isFlag() {
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }

    public LocalDate getDate() {
        return value instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(value));
    }

    @Override
    public String toString() {
        return "Parameter[" + name + "=" + value + " from " + inForceFrom + "]";
    }
}
