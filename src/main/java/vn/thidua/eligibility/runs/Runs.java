package vn.thidua.eligibility.runs;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface Runs extends ListCrudRepository<Run, Long> {
    List<Run> findTop100ByOrderByIdDesc();

    List<Run> findByStatus(RunStatus status);
}
