package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The stored awards register. */
interface Awards extends Repository<AwardFact, Long> {
    List<AwardFact> findAll(Sort sort);

    List<AwardFact> findByYear(int year, Sort sort);
}
