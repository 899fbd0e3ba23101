package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The stored units. */
interface Units extends Repository<UnitFact, Long> {
    List<UnitFact> findAll(Sort sort);
}
