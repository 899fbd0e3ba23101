package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The stored sanctions, reviews and investigations. */
interface Disciplines extends Repository<DisciplineFact, Long> {
    List<DisciplineFact> findAll(Sort sort);
}
