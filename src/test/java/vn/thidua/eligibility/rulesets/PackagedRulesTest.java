package vn.thidua.eligibility.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.thidua.eligibility.EligibilityApplication;

/**
 * A service started away from the project folder has no rules folder: its first start stores the
 * copy of rules/ packaged at build time. Its own context and data folder, never the suite's.
 */
class PackagedRulesTest {
    private static final Path DATA = Path.of("target/packaged-rules-data");

    @Test
    void withoutTheRulesFolderTheFirstStartStoresThePackagedRulesAsVersionOne() {
        FileSystemUtils.deleteRecursively(DATA.toFile());
        // its own embedded database even where CI points the shared tests at an external server
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(EligibilityApplication.class).run(
                "--server.port=0", "--spring.datasource.url=", "--eligibility.database.data-dir=" + DATA,
                "--eligibility.rules.folder=target/no-rules-folder-here", "--logging.level.org.drools=WARN")) {
            RuleSetVersion active = service.getBean(RuleSetVersions.class).current();

            assertThat(active.version()).isEqualTo(1);
            assertThat(active.ruleSet().files()).as("every file of rules/, as in the project")
                    .isEqualTo(new RuleFolder("rules").read().files());
        }
    }
}
