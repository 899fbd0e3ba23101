package vn.thidua.eligibility.model;

import java.time.LocalDate;

/** A CCHC initiative or solution (sáng kiến, giải pháp) credited to a year; counts once recognised. */
public final class Initiative implements Coded {
    private final String code;
    private final String personCode;
    private final int year;
    private final String title;
    private final LocalDate recognizedOn;

    public Initiative(String code, String personCode, int year, String title, LocalDate recognizedOn) {
        this.code = code;
        this.personCode = personCode;
        this.year = year;
        this.title = title;
        this.recognizedOn = recognizedOn;
    }

    @Override
    public String getCode() {
        return code;
    }

    public String getPersonCode() {
        return personCode;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    /** Day the competent council recognised it (công nhận), or null while not recognised. */
    public LocalDate getRecognizedOn() {
        return recognizedOn;
    }

    @Override
    public String toString() {
        return "Initiative[" + code + "]";
    }
}
