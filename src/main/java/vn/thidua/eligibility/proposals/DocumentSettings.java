package vn.thidua.eligibility.proposals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param signedDecisionMaxSize the largest signed decision (PDF or scan) accepted; a larger one is
 *                              refused by name (below {@code spring.servlet.multipart.max-file-size},
 *                              which refuses first)
 */
@ConfigurationProperties("eligibility.documents")
record DocumentSettings(@DefaultValue("10MB") DataSize signedDecisionMaxSize) {
}
