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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A practice's day backed up, the backup restored into a fresh folder with {@code headsup restore}, and the
 * app started on the restored copy: every account (its password still working), client, signed intake with
 * its signature, note and audit line is there, as it was. The backup is private and unreadable without the
 * key; a restore never overwrites a database, and one with the wrong key leaves nothing behind.
 */
class BackupRestoreTest {

    private static final String CLIENT = "Łukasz Żółć-Backupowy";

    @TempDir
    Path folder;

    private Path keyFile() {
        return folder.resolve("keys/h2-file.key").toAbsolutePath();
    }

    private String url(String place) {
        return "jdbc:h2:file:" + folder.resolve(place + "/headsup").toAbsolutePath();
    }

    private ConfigurableApplicationContext start(String place) {
        return new SpringApplicationBuilder(HeadsUpApplication.class)
                .run(
                        "--server.port=0",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + url(place),
                        "--headsup.db.key-file=" + keyFile());
    }

    private record Restored(int status, String said) {}

    private Restored restore(Path backup, String place, String... more) {
        var said = new ByteArrayOutputStream();
        var args = new ArrayList<>(List.of(
                "restore",
                backup.toString(),
                "--spring.datasource.url=" + url(place),
                "--headsup.db.key-file=" + keyFile()));
        args.addAll(List.of(more));
        int status = Restore.run(args.toArray(String[]::new), new PrintStream(said, true, StandardCharsets.UTF_8));
        return new Restored(status, said.toString(StandardCharsets.UTF_8));
    }

    /** The rows that matter, as text: what a restore must give back unchanged. */
    private static Map<String, List<Map<String, Object>>> records(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(JdbcTemplate.class);
        return Map.of(
                "therapist", jdbc.queryForList("select * from therapist order by id"),
                "client", jdbc.queryForList("select * from client order by id"),
                "intake", jdbc.queryForList("select * from intake order by id"),
                "intake_note", jdbc.queryForList("select * from intake_note order by id"),
                "audit_entry", jdbc.queryForList("select * from audit_entry order by id"),
                "server_secret", jdbc.queryForList("select * from server_secret"));
    }

    @Test
    void aBackupRestoredIntoAFreshFolderStartsWithEveryRecordSignatureAndAuditLine() throws IOException {
        Map<String, List<Map<String, Object>>> before;
        Backup backup;
        try (var app = start("data")) {
            var tess =
                    app.getBean(Accounts.class).create("admin", "tess", "Tess", "tess-long-password", Role.THERAPIST);
            var clients = app.getBean(Clients.class);
            var client = clients.add(tess, CLIENT, "lukasz@example.org", LocalDate.of(1984, 2, 29));
            var intakes = app.getBean(Intakes.class);
            var intake = intakes.sign(
                    tess,
                    Signing.of(
                            client.id(),
                            RequestBuilder.receiver(42)
                                    .conditions("MIGRAINE_NOW")
                                    .build(),
                            new Confirmation(CLIENT, true, true),
                            UUID.randomUUID().toString()));
            intakes.addNote(tess, intake.id(), "Przełożone na przyszły tydzień.");
            var gone = clients.add(tess, "Erased Before The Backup", null, LocalDate.of(1970, 1, 1));
            clients.erase(tess, gone.id());
            before = records(app);
            backup = app.getBean(Backups.class).backUp("admin");
            assertThat(app.getBean(Backups.class).list()).containsExactly(backup);
        }
        Path file = folder.resolve("data/backups").resolve(backup.name());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                .as("encrypted")
                .doesNotContain("INSERT")
                .doesNotContain("tess");

        var restored = restore(file, "restored");
        assertThat(restored.status()).as(restored.said()).isZero();
        assertThat(restored.said()).contains("accounts: 1, clients: 1, intakes: 1");

        try (var app = start("restored")) {
            assertThat(records(app)).isEqualTo(before);
            var tess = app.getBean(Accounts.class).byUsername("tess");
            String hash = app.getBean(JdbcTemplate.class)
                    .queryForObject("select password_hash from therapist where username = 'tess'", String.class);
            assertThat(app.getBean(PasswordEncoder.class).matches("tess-long-password", hash))
                    .isTrue();
            var client = app.getBean(Clients.class).of(tess).getFirst();
            assertThat(client.fullName()).isEqualTo(CLIENT);
            var intake = app.getBean(Intakes.class).latest(tess, client.id()).orElseThrow();
            assertThat(intake.intake().confirmedName()).isEqualTo(CLIENT);
            assertThat(intake.notes())
                    .singleElement()
                    .satisfies(note -> assertThat(note.text()).isEqualTo("Przełożone na przyszły tydzień."));
            assertThat(app.getBean(JdbcTemplate.class).queryForList("select action from audit_entry", String.class))
                    .contains("CLIENT_ADDED", "INTAKE_SIGNED", "CLIENT_ERASED");
        }
    }

    @Test
    void aRestoreNeverOverwritesADatabaseAndOneWithTheWrongKeyLeavesNothingBehind() throws IOException {
        Backup backup;
        try (var app = start("data")) {
            backup = app.getBean(Backups.class).backUp("admin");
        }
        Path file = folder.resolve("data/backups").resolve(backup.name());

        var overwrite = restore(file, "data");
        assertThat(overwrite.status()).isEqualTo(2);
        assertThat(overwrite.said()).contains("already", "move it away");

        var wrongKey = restore(file, "elsewhere", "--headsup.db.file-key=not-the-key-it-was-made-with");
        assertThat(wrongKey.status()).as(wrongKey.said()).isEqualTo(1);
        assertThat(wrongKey.said()).contains("Nothing was restored");
        assertThat(Files.exists(folder.resolve("elsewhere/headsup.mv.db"))).isFalse();

        assertThat(restore(folder.resolve("no-such.backup"), "elsewhere").status())
                .isEqualTo(2);
    }

    @Test
    void backupsOlderThanTheKeepingTimeAreDeletedButNeverTheNewest() throws IOException {
        try (var app = start("data")) {
            var backups = app.getBean(Backups.class);
            Path into = backups.folder().orElseThrow();
            Files.createDirectories(into);
            Files.writeString(into.resolve("headsup-20200101-000000.backup"), "old");
            Files.writeString(into.resolve("notes.txt"), "not a backup");
            var made = backups.backUp("nightly");
            assertThat(backups.list()).containsExactly(made);
            assertThat(app.getBean(JdbcTemplate.class)
                            .queryForList(
                                    "select actor || ' ' || subject from audit_entry where action = 'BACKUP_MADE'",
                                    String.class))
                    .containsExactly("nightly backup " + made.name());
            assertThat(into.resolve("notes.txt")).exists();
        }
    }
}
