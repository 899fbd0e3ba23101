package vn.thidua.eligibility.runs;

import org.springframework.data.repository.ListCrudRepository;
import vn.thidua.eligibility.model.RunKind;

import java.util.List;
import java.util.Optional;

interface Runs extends ListCrudRepository<Run, Long> {
    List<Run> findTop100ByOrderByIdDesc();

    List<Run> findByStatus(RunStatus status);

    Optional<Run> findFirstByKindAndYearAndStatusOrderByIdDesc(RunKind kind, Integer year, RunStatus status);
}
