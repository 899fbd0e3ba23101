package vn.thidua.eligibility.facts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBundleBytes the largest fact bundle accepted (e.g. {@code 50MB}); its parsed tree is
 *                       held in memory while it is checked, so this bounds the import's memory
 */
@ConfigurationProperties("eligibility.facts")
record FactSettings(@DefaultValue("50MB") DataSize maxBundleBytes) {
}
