package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;

/** The stored provincial tasks. */
interface Tasks extends Repository<TaskFact, Long> {
    List<TaskFact> findAll(Sort sort);

    List<TaskFact> findByDueDateBetween(LocalDate first, LocalDate last, Sort sort);

    List<TaskFact> findByUnitCodeAndDueDateBetween(String unitCode, LocalDate first, LocalDate last, Sort sort);
}
