package app.headsup.intake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.HeadsUpApplication;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import app.headsup.intake.client.Clients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The H2 file as it lies on disk, with the app stopped: its folder and files private to their owner, no name
 * of a client readable in it, and everything back after a restart; a database written before encryption (an
 * earlier HeadsUp) is encrypted at the next start and keeps its records; an erased client's name leaves the file.
 */
class H2AtRestTest {

    private static final String NAME = "Zbigniewa Unikatowa";

    @TempDir
    Path folder;

    private ConfigurableApplicationContext start(String... more) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:file:"
                        + folder.resolve("data/headsup").toAbsolutePath(),
                "--headsup.db.key-file=" + folder.resolve("keys/h2-file.key").toAbsolutePath()));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(HeadsUpApplication.class).run(args.toArray(String[]::new));
    }

    private static void addClient(ConfigurableApplicationContext app, String therapist) {
        var accounts = app.getBean(Accounts.class);
        var tess = accounts.create("test", therapist, "Tess", "tess-long-password", Role.THERAPIST);
        app.getBean(Clients.class).add(tess, NAME, null, java.time.LocalDate.of(1980, 5, 17));
    }

    private static boolean clientIsThere(ConfigurableApplicationContext app, String therapist) {
        var tess = app.getBean(Accounts.class).byUsername(therapist);
        return app.getBean(Clients.class).of(tess).stream()
                .anyMatch(c -> c.fullName().equals(NAME));
    }

    private String everyFileAsText() throws IOException {
        var text = new StringBuilder();
        try (Stream<Path> files = Files.list(folder.resolve("data"))) {
            for (Path file : files.toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }

    @Test
    void theFileIsPrivateEncryptedAndReadBackAfterARestart() throws IOException {
        try (var app = start()) {
            addClient(app, "tess");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("data"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("keys/h2-file.key"))))
                .isEqualTo("rw-------");
        assertThat(everyFileAsText()).doesNotContain(NAME).doesNotContain("tess-long-password");
        try (var app = start()) {
            assertThat(clientIsThere(app, "tess")).isTrue();
            try (Stream<Path> files = Files.list(folder.resolve("data"))) {
                assertThat(files.toList())
                        .allSatisfy(
                                file -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                                        .isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void aDatabaseWrittenBeforeEncryptionIsEncryptedAtTheNextStartAndKeepsItsRecords() throws IOException {
        try (var app = start("--headsup.db.encrypt=false")) {
            addClient(app, "tess");
        }
        assertThat(everyFileAsText()).as("written in the clear before").contains(NAME);
        try (var app = start()) {
            assertThat(clientIsThere(app, "tess")).isTrue();
        }
        assertThat(everyFileAsText()).doesNotContain(NAME);
    }

    @Test
    void anErasedClientLeavesTheFileSoonAfter() throws Exception {
        // Unencrypted, so that the file can be read for the name; encryption does not change what H2 keeps.
        try (var app = start("--headsup.db.encrypt=false")) {
            addClient(app, "tess");
            var jdbc = app.getBean(JdbcTemplate.class);
            jdbc.execute("CHECKPOINT SYNC");
            assertThat(everyFileAsText()).as("written to the file").contains(NAME);

            var tess = app.getBean(Accounts.class).byUsername("tess");
            var clients = app.getBean(Clients.class);
            clients.erase(tess, clients.of(tess).getFirst().id());
            jdbc.execute("CHECKPOINT SYNC");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (everyFileAsText().contains(NAME) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(everyFileAsText())
                    .as("the erased name, in the file's free space")
                    .doesNotContain(NAME);
            assertThat(clients.of(tess)).isEmpty();
        }
    }
}
