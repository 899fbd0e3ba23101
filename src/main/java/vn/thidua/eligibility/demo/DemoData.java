package vn.thidua.eligibility.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.facts.FactImport;
import vn.thidua.eligibility.facts.ImportReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Imports {@code db/demo/fact-bundle.json} through the ordinary import path at each start of the
 * {@code demo} profile. Importing a key that exists replaces it, so restarting changes nothing.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String BUNDLE = "db/demo/fact-bundle.json";

    private final FactImport facts;

    DemoData(FactImport facts) {
        this.facts = facts;
    }

    /** Before the server takes its first request: the demo is ready when the service is. */
    @Override
    public void afterSingletonsInstantiated() {
        try (InputStream in = new ClassPathResource(BUNDLE).getInputStream()) {
            ImportReport report = facts.importBundle(in, "demo");
            log.info("Demo Department loaded from {}: {} records added, {} replaced", BUNDLE, report.added(), report.replaced());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + BUNDLE, e);
        }
    }
}
