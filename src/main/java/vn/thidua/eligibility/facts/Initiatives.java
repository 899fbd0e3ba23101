package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The stored initiatives. */
interface Initiatives extends Repository<InitiativeFact, Long> {
    List<InitiativeFact> findAll(Sort sort);

    List<InitiativeFact> findByYear(int year, Sort sort);
}
