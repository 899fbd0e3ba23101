package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The stored scored items of the CCHC index. */
interface Criteria extends Repository<CriterionFact, Long> {
    List<CriterionFact> findAll(Sort sort);

    List<CriterionFact> findByYear(int year, Sort sort);

    List<CriterionFact> findByYearAndUnitCode(int year, String unitCode, Sort sort);
}
