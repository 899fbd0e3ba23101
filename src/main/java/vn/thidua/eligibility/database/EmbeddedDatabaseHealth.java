package vn.thidua.eligibility.database;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The embedded server's own state, beside Spring Boot's {@code db} check of a connection: whether
 * the service is restarting it, since when and why. No file-system path is shown.
 */
class EmbeddedDatabaseHealth implements HealthIndicator {

    private final EmbeddedMariaDb.Lease db;

    EmbeddedDatabaseHealth(EmbeddedMariaDb.Lease db) {
        this.db = db;
    }

    @Override
    public Health health() {
        return db.outage()
                .map(outage -> Health.down().withDetail("reason", outage.reason()).withDetail("since", outage.since())
                        .withDetail("restartsBefore", outage.restarts()).build())
                .orElseGet(() -> Health.up().build());
    }
}
