package vn.thidua.eligibility.facts;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.ProvincialTask;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One unit's facts of one year as stored, for a person checking an import: its scored items, and
 * the tasks and dossiers due in the year (the year the rules count them in).
 */
@Service
public class UnitFacts {
    private final FactExport stored;

    UnitFacts(FactExport stored) {
        this.stored = stored;
    }

    /** Each list in natural-key order (items by code, tasks and dossiers by due date, then code). */
    @Transactional(readOnly = true)
    public Year of(String unitCode, int year) {
        MapSqlParameterSource params = new MapSqlParameterSource("unit", unitCode).addValue("year", year)
                .addValue("firstDay", LocalDate.of(year, 1, 1)).addValue("lastDay", LocalDate.of(year, 12, 31));
        String ofUnit = "f.unit_code = :unit AND ";
        return new Year(
                stored.models(FactKind.CRITERIA, ofUnit + FactKind.YearFilter.YEAR.condition, params),
                stored.<ProvincialTask>models(FactKind.TASKS, ofUnit + FactKind.YearFilter.DUE_DATE.condition, params).stream()
                        .sorted(Comparator.comparing(ProvincialTask::getDueDate)).toList(),
                stored.<Dossier>models(FactKind.DOSSIERS, ofUnit + FactKind.YearFilter.DUE_DATE.condition, params).stream()
                        .sorted(Comparator.comparing(Dossier::getDueDate)).toList());
    }

    public record Year(List<Criterion> criteria, List<ProvincialTask> tasks, List<Dossier> dossiers) {
        public Year {
            criteria = List.copyOf(criteria);
            tasks = List.copyOf(tasks);
            dossiers = List.copyOf(dossiers);
        }
    }
}
