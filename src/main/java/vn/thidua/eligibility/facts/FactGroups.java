package vn.thidua.eligibility.facts;

import vn.thidua.eligibility.engine.FactGroup;

import vn.thidua.eligibility.model.SubjectRef;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored facts, cut into groups that can be evaluated one at a time: memory is bounded by a
 * group, never by the whole organisation.
 */
public interface FactGroups {

    /**
     * Hands the consumer one group after another, for an evaluation of the years
     * {@code fromYear..toYear} (an annual run of year Y passes Y, Y; a phase run A, B).
     * <p>
     * A group's {@code subjects} are up to {@code unitsPerGroup} units (in code order, every unit
     * once over all groups) followed by all their people (in code order): the people whose unit on
     * {@code referenceDate} is one of them. A person's unit on a date is the unit of their latest
     * membership that started on or before it (the one covering the date, or the last before it when
     * none covers it), and {@code people.unitCode} when no membership started on or before it; each
     * {@link vn.thidua.eligibility.model.Person} carries that unit. Its {@code facts}, sorted
     * by kind (criteria, tasks, dossiers, initiatives, disciplines, ratings, awards) then by natural
     * key, each once, are:
     * <ul>
     *   <li>criteria of {@code fromYear−1..toYear} whose unit is a unit of the group or whose officer
     *       is a person of the group, and the criterion of the year before with the same code as any
     *       criterion of {@code fromYear..toYear} officered by a person of the group (the person's
     *       index contribution compares the two, whoever the earlier one's unit or officer);</li>
     *   <li>tasks and dossiers of the group's units due in {@code fromYear..toYear};</li>
     *   <li>initiatives, ratings and awards of the group's subjects for {@code fromYear..toYear}
     *       (the year an initiative is credited to; the year of a rating or an award);</li>
     *   <li>every discipline of the group's subjects, whatever its dates (the rules judge them
     *       against the reference date).</li>
     * </ul>
     * All groups are read from one consistent snapshot (a read-only, repeatable-read transaction, or
     * the caller's transaction if there is one): the consumer should not write through it — collect
     * the results and store them afterwards.
     *
     * @throws IllegalArgumentException when {@code fromYear > toYear} or {@code unitsPerGroup < 1}
     */
    void forEachGroup(int fromYear, int toYear, LocalDate referenceDate, int unitsPerGroup, Consumer<FactGroup> consumer);

    /**
     * The group that decides one subject, read on its own with queries keyed by it, so its cost does
     * not depend on the organisation's size: for a unit, the group {@link #forEachGroup} would give it
     * alone (the unit, its people, their facts); for a person, the person (with their unit on
     * {@code referenceDate}) and the facts of theirs listed above — the criteria they officer and the
     * year before of those, their initiatives, disciplines, ratings and awards — without their unit's
     * (a person's rules judge a person by their own facts; the unit is decided with its own group).
     * Empty when no unit or person has that code.
     *
     * @throws IllegalArgumentException when {@code fromYear > toYear}
     */
    Optional<FactGroup> groupOf(SubjectRef subject, int fromYear, int toYear, LocalDate referenceDate);
}
