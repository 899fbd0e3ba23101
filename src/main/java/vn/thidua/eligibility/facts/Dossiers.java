package vn.thidua.eligibility.facts;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;

/** The stored TTHC dossiers. */
interface Dossiers extends Repository<DossierFact, Long> {
    List<DossierFact> findAll(Sort sort);

    List<DossierFact> findByDueDateBetween(LocalDate first, LocalDate last, Sort sort);

    List<DossierFact> findByUnitCodeAndDueDateBetween(String unitCode, LocalDate first, LocalDate last, Sort sort);
}
