package vn.thidua.eligibility.proposals;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface Proposals extends ListCrudRepository<Proposal, Long> {
    Optional<Proposal> findByRunId(long runId);

    List<Proposal> findTop100ByOrderByIdDesc();
}
