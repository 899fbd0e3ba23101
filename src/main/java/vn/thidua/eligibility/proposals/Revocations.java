package vn.thidua.eligibility.proposals;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface Revocations extends ListCrudRepository<Revocation, Long> {
    List<Revocation> findByProposalId(long proposalId);
}
