package vn.thidua.eligibility;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EligibilityApplication {
    public static void main(String[] args) {
        SpringApplication.run(EligibilityApplication.class, args);
    }

    /** One clock for every "now" and "today", so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
