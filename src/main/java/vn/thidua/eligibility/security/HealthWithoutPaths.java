package vn.thidua.eligibility.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.system.DiskSpaceHealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces Spring Boot's {@code diskSpace} health (same bean name), whose details show the folder's
 * absolute path to anyone logged in: this one measures the folder the database lives in and leaves
 * the path out. The threshold is Boot's default.
 */
@Component("diskSpaceHealthIndicator")
class HealthWithoutPaths implements HealthIndicator {

    private final DiskSpaceHealthIndicator measure;

    HealthWithoutPaths(@Value("${eligibility.database.data-dir}") File dataFolder) {
        this.measure = new DiskSpaceHealthIndicator(dataFolder, DataSize.ofMegabytes(10));
    }

    @Override
    public Health health() {
        Health measured = measure.health();
        Map<String, Object> details = new LinkedHashMap<>(measured.getDetails());
        details.remove("path");
        return Health.status(measured.getStatus()).withDetails(details).build();
    }
}
