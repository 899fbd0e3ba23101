package vn.thidua.eligibility.model;

import java.time.LocalDate;

/** A task assigned by the Provincial People's Committee (nhiệm vụ UBND tỉnh giao), with a due date. */
public final class ProvincialTask implements Coded {
    private final String code;
    private final String unitCode;
    private final String title;
    private final LocalDate dueDate;
    private final LocalDate completedDate;

    public ProvincialTask(String code, String unitCode, String title, LocalDate dueDate, LocalDate completedDate) {
        this.code = code;
        this.unitCode = unitCode;
        this.title = title;
        this.dueDate = dueDate;
        this.completedDate = completedDate;
    }

    @Override
    public String getCode() {
        return code;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    @Override
    public String toString() {
        return "ProvincialTask[" + code + "]";
    }
}
