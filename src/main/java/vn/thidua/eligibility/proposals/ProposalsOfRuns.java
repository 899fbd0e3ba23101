package vn.thidua.eligibility.proposals;

import org.springframework.stereotype.Component;
import vn.thidua.eligibility.runs.RunProposals;

import java.util.Optional;

@Component
class ProposalsOfRuns implements RunProposals {
    private final ProposalService proposals;

    ProposalsOfRuns(ProposalService proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<Listed> ofRun(long runId) {
        return proposals.ofRun(runId).map(p -> new Listed(p.id(), p.status().name()));
    }
}
