package app.headsup.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring test on a real PostgreSQL server, through the {@code postgres} profile. {@code .ci/run}
 * installs and starts Debian's PostgreSQL and sets HEADSUP_TEST_POSTGRES_URL; without it (a machine
 * with no PostgreSQL) the test is skipped, and says so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("postgres")
@TestPropertySource(
        properties = {
            "spring.datasource.url=${HEADSUP_TEST_POSTGRES_URL}",
            "spring.datasource.username=${HEADSUP_TEST_POSTGRES_USER:headsup}",
            "spring.datasource.password=${HEADSUP_TEST_POSTGRES_PASSWORD:headsup}"
        })
@EnabledIfEnvironmentVariable(
        named = "HEADSUP_TEST_POSTGRES_URL",
        matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL: set HEADSUP_TEST_POSTGRES_URL (.ci/run does)")
@interface OnPostgres {}
