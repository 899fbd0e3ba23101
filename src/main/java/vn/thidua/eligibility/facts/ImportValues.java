package vn.thidua.eligibility.facts;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.web.Labels;
import vn.thidua.eligibility.web.PageFormats;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fact's value as the import preview shows it ({@code ${@importValues.text(v)}}): a date dd/MM/yyyy,
 * a score with the page's separators, a code of a choice by its label, a year as itself (not "2.025"),
 * nothing as a dash.
 */
@Component("importValues")
class ImportValues {
    private final PageFormats formats;
    private final Labels labels;

    ImportValues(PageFormats formats, Labels labels) {
        this.formats = formats;
        this.labels = labels;
    }

    public String text(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate date) {
            return formats.date(date);
        }
        if (value instanceof BigDecimal score) {
            return formats.number(score);
        }
        if (value instanceof Enum<?> code) {
            return labels.code(Labels.FACT_VALUE, code);
        }
        return value.toString();
    }
}
