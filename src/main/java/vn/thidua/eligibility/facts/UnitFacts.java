package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.eligibility.model.Criterion;
import vn.thidua.eligibility.model.Dossier;
import vn.thidua.eligibility.model.ProvincialTask;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit's facts of one year as stored, for a person checking an import: its scored items, and
 * the tasks and dossiers due in the year (the year the rules count them in).
 */
@Service
public class UnitFacts {
    private final Criteria criteria;
    private final Tasks tasks;
    private final Dossiers dossiers;

    UnitFacts(Criteria criteria, Tasks tasks, Dossiers dossiers) {
        this.criteria = criteria;
        this.tasks = tasks;
        this.dossiers = dossiers;
    }

    /** Each list in natural-key order (items by code, tasks and dossiers by due date, then code). */
    @Transactional(readOnly = true)
    public Year of(String unitCode, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Sort byDue = Sort.by("dueDate", "code");
        return new Year(
                criteria.findByYearAndUnitCode(year, unitCode, Sort.by("code")).stream()
                        .map(c -> new Criterion(c.year(), c.code(), c.name(), c.maxScore(), c.score(), c.unitCode(),
                                c.officerCode()))
                        .toList(),
                tasks.findByUnitCodeAndDueDateBetween(unitCode, first, last, byDue).stream()
                        .map(t -> new ProvincialTask(t.code(), t.unitCode(), t.title(), t.dueDate(), t.completedDate()))
                        .toList(),
                dossiers.findByUnitCodeAndDueDateBetween(unitCode, first, last, byDue).stream()
                        .map(d -> new Dossier(d.code(), d.unitCode(), d.dueDate(), d.completedDate()))
                        .toList());
    }

    public record Year(List<Criterion> criteria, List<ProvincialTask> tasks, List<Dossier> dossiers) {
        public Year {
            criteria = List.copyOf(criteria);
            tasks = List.copyOf(tasks);
            dossiers = List.copyOf(dossiers);
        }
    }
}
