package vn.thidua.eligibility.facts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBundleBytes the largest fact bundle (or CSV file) accepted (e.g. {@code 50MB}); it is read
 *                       as a stream, so this bounds how long an import takes, not its memory (a
 *                       province's million dossiers are about 110 MB of JSON)
 */
@ConfigurationProperties("eligibility.facts")
record FactSettings(@DefaultValue("1GB") DataSize maxBundleBytes) {
}
