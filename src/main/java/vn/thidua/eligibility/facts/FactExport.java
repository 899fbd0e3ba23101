package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads the stored facts of one kind, in natural-key order, as records whose JSON form is the
 * import format: an export can be imported again.
 */
@Component
class FactExport {
    private final Units units;
    private final People people;
    private final Criteria criteria;
    private final Tasks tasks;
    private final Dossiers dossiers;
    private final Initiatives initiatives;
    private final Disciplines disciplines;
    private final Ratings ratings;
    private final Awards awards;

    FactExport(Units units, People people, Criteria criteria, Tasks tasks, Dossiers dossiers,
               Initiatives initiatives, Disciplines disciplines, Ratings ratings, Awards awards) {
        this.units = units;
        this.people = people;
        this.criteria = criteria;
        this.tasks = tasks;
        this.dossiers = dossiers;
        this.initiatives = initiatives;
        this.disciplines = disciplines;
        this.ratings = ratings;
        this.awards = awards;
    }

    /**
     * @param kindName a kind's name in the import format
     * @param year     null for every year; else the year of criteria, initiatives, ratings and
     *                 awards, or of the due date of tasks and dossiers
     */
    List<?> list(String kindName, Integer year) {
        FactKind kind = FactKind.byName(kindName).orElseThrow(() -> new FactQueryException(HttpStatus.NOT_FOUND,
                "Unknown fact kind '" + kindName + "'; known: " + FactKind.NAMES));
        // the aggregates' properties carry the import format's names, so the key orders them
        Sort byKey = Sort.by(kind.key().stream().map(Field::name).toArray(String[]::new));
        if (year == null) {
            return switch (kind) {
                case UNITS -> units.findAll(byKey);
                case PEOPLE -> people.findAll(byKey);
                case CRITERIA -> criteria.findAll(byKey);
                case TASKS -> tasks.findAll(byKey);
                case DOSSIERS -> dossiers.findAll(byKey);
                case INITIATIVES -> initiatives.findAll(byKey);
                case DISCIPLINES -> disciplines.findAll(byKey);
                case RATINGS -> ratings.findAll(byKey);
                case AWARDS -> awards.findAll(byKey);
            };
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return switch (kind) {
            case CRITERIA -> criteria.findByYear(year, byKey);
            case TASKS -> tasks.findByDueDateBetween(first, last, byKey);
            case DOSSIERS -> dossiers.findByDueDateBetween(first, last, byKey);
            case INITIATIVES -> initiatives.findByYear(year, byKey);
            case RATINGS -> ratings.findByYear(year, byKey);
            case AWARDS -> awards.findByYear(year, byKey);
            case UNITS, PEOPLE, DISCIPLINES -> throw new FactQueryException(HttpStatus.BAD_REQUEST,
                    "year does not apply to " + kind.jsonName()
                            + "; it filters criteria, tasks, dossiers, initiatives, ratings and awards");
        };
    }
}
