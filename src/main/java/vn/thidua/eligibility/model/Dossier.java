package vn.thidua.eligibility.model;

import java.time.LocalDate;

/** An administrative-procedure dossier (hồ sơ TTHC) handled by a unit, with its legal due date. */
public final class Dossier implements Coded {
    private final String code;
    private final String unitCode;
    private final LocalDate dueDate;
    private final LocalDate completedDate;

    public Dossier(String code, String unitCode, LocalDate dueDate, LocalDate completedDate) {
        this.code = code;
        this.unitCode = unitCode;
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

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    @Override
    public String toString() {
        return "Dossier[" + code + "]";
    }
}
