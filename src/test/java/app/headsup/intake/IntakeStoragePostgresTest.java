package app.headsup.intake;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stored-intake contract on a real PostgreSQL server, through the {@code postgres} profile.
 * {@code .ci/run} installs and starts Debian's PostgreSQL and sets HEADSUP_TEST_POSTGRES_URL;
 * without it (a machine with no PostgreSQL) this class is skipped, and says so.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = "HEADSUP_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL: set HEADSUP_TEST_POSTGRES_URL (.ci/run does)")
class IntakeStoragePostgresTest extends IntakeStorageContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("HEADSUP_TEST_POSTGRES_URL"));
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("HEADSUP_TEST_POSTGRES_USER",
                "headsup"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault(
                "HEADSUP_TEST_POSTGRES_PASSWORD", "headsup"));
    }
}
