package vn.thidua.eligibility.proposals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minJustification the fewest characters of the written justification for adding a subject
 *                         the run did not find eligible (excluded, deferred, not or not yet qualified)
 */
@ConfigurationProperties("eligibility.proposals")
record ProposalSettings(@DefaultValue("20") int minJustification) {
}
