package app.headsup.intake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.HeadsUpApplication;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import app.headsup.intake.client.Clients;
import app.headsup.intake.record.Confirmation;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.Signing;
import app.headsup.screening.RequestBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The way back of docs/security.md for PostgreSQL, run for real: {@code pg_dump --format=custom} of a practice's
 * database, {@code pg_restore} into a fresh database, the app started on it, and every account, client, signed
 * intake, note and audit line of the practice found as it was. On PostgreSQL HeadsUp makes no backups itself.
 */
@EnabledIfEnvironmentVariable(
        named = "HEADSUP_TEST_POSTGRES_URL",
        matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL: set HEADSUP_TEST_POSTGRES_URL (.ci/run does)")
class BackupRestorePostgresTest {

    private static final String SOURCE = System.getenv("HEADSUP_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("HEADSUP_TEST_POSTGRES_USER", "headsup");
    private static final String PASSWORD = System.getenv().getOrDefault("HEADSUP_TEST_POSTGRES_PASSWORD", "headsup");

    @TempDir
    Path folder;

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(HeadsUpApplication.class)
                .run(
                        "--server.port=0",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--spring.main.banner-mode=off",
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + PASSWORD);
    }

    /** The practice's own rows: the one account made here, and what hangs from it. */
    private static Map<String, List<Map<String, Object>>> records(ConfigurableApplicationContext app, String username) {
        var jdbc = app.getBean(JdbcTemplate.class);
        String therapist = "(select id from therapist where username = '" + username + "')";
        return Map.of(
                "therapist",
                jdbc.queryForList("select * from therapist where id = " + therapist),
                "client",
                jdbc.queryForList("select * from client where therapist_id = " + therapist + " order by id"),
                "intake",
                jdbc.queryForList("select * from intake where therapist_id = " + therapist + " order by id"),
                "intake_note",
                jdbc.queryForList(
                        "select n.* from intake_note n join intake i on i.id = n.intake_id where i.therapist_id = "
                                + therapist + " order by n.id"),
                "audit_entry",
                jdbc.queryForList("select * from audit_entry where actor = '" + username + "' order by id"),
                "server_secret",
                jdbc.queryForList("select * from server_secret"));
    }

    /** {@code pg_dump}/{@code pg_restore} as an operator runs them, the password from the environment. */
    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("PGPASSWORD", PASSWORD);
        var running = process.start();
        String said = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue())
                .as(String.join(" ", command) + ": " + said)
                .isZero();
    }

    /** {@code jdbc:postgresql://host:port/name} as libpq's {@code postgresql://user@host:port/name}. */
    private static String libpq(String jdbcUrl) {
        return jdbcUrl.replaceFirst("^jdbc:postgresql://", "postgresql://" + USER + "@")
                .split("\\?", 2)[0];
    }

    private static void onServer(String sql) throws SQLException {
        String server = SOURCE.replaceFirst("/[^/?]+(\\?.*)?$", "/postgres");
        try (var connection = DriverManager.getConnection(server, USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void aPgDumpRestoredIntoAFreshDatabaseStartsWithEveryRecordSignatureAndAuditLine() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "tess-" + suffix;
        Map<String, List<Map<String, Object>>> before;
        try (var app = start(SOURCE)) {
            assertThat(app.getBean(Backups.class).available())
                    .as("PostgreSQL backs up itself")
                    .isFalse();
            var tess = app.getBean(Accounts.class)
                    .create(username, username, "Tess", "tess-long-password", Role.THERAPIST);
            var clients = app.getBean(Clients.class);
            var client = clients.add(tess, "Łukasz Żółć " + suffix, null, LocalDate.of(1984, 2, 29));
            var intakes = app.getBean(Intakes.class);
            var intake = intakes.sign(
                    tess,
                    Signing.of(
                            client.id(),
                            RequestBuilder.receiver(42)
                                    .conditions("MIGRAINE_NOW")
                                    .build(),
                            new Confirmation("Łukasz Żółć " + suffix, true, true),
                            UUID.randomUUID().toString()));
            intakes.addNote(tess, intake.id(), "Przełożone na przyszły tydzień.");
            before = records(app, username);
        }
        Path dump = folder.resolve("headsup.dump");
        run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + libpq(SOURCE));
        assertThat(Files.size(dump)).isPositive();

        String fresh = "headsup_restored_" + suffix.replace('-', '_');
        String restoredUrl = SOURCE.replaceFirst("/[^/?]+(\\?.*)?$", "/" + fresh);
        onServer("create database " + fresh);
        try {
            run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restoredUrl), dump.toString());
            try (var app = start(restoredUrl)) {
                assertThat(records(app, username)).isEqualTo(before);
                var tess = app.getBean(Accounts.class).byUsername(username);
                var client = app.getBean(Clients.class).of(tess).getFirst();
                var intake =
                        app.getBean(Intakes.class).latest(tess, client.id()).orElseThrow();
                assertThat(intake.intake().confirmedName()).isEqualTo("Łukasz Żółć " + suffix);
                assertThat(intake.notes())
                        .singleElement()
                        .satisfies(note -> assertThat(note.text()).isEqualTo("Przełożone na przyszły tydzień."));
            }
        } finally {
            onServer("drop database if exists " + fresh + " with (force)");
        }
    }
}
