package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The stored people. */
interface People extends Repository<PersonFact, Long> {
    List<PersonFact> findAll(Sort sort);
}
