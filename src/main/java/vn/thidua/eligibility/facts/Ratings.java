package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The stored annual ratings. */
interface Ratings extends Repository<RatingFact, Long> {
    List<RatingFact> findAll(Sort sort);

    List<RatingFact> findByYear(int year, Sort sort);
}
