package app.headsup.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.h2.tools.ChangeFileEncryption;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The H2 file, private on disk, before anything opens it: its folder {@code 0700} and its files {@code 0600};
 * the file encrypted (H2's {@code CIPHER=AES}) with a key from {@code headsup.db.file-key}
 * (HEADSUP_DB_FILE_KEY) or, when none is given, from the key file {@code headsup.db.key-file} (made at the
 * first start, {@code 0600}, by default under {@code ~/.headsup/}, not beside the data, so that a copy of the
 * data folder alone reads as noise); the database user gets a password from the same place. A database
 * written before, unencrypted and with an empty password, is encrypted in place at the first start with a key.
 * Nothing changes for PostgreSQL, for an in-memory H2, or for a URL that names its own CIPHER.
 */
public class H2AtRest implements EnvironmentPostProcessor, Ordered {

    static final String PREFIX = "jdbc:h2:file:";
    private static final String FOLDER_ONLY = "rwx------";
    private static final String FILE_ONLY = "rw-------";

    private final Log log;

    public H2AtRest(DeferredLogFactory logs) {
        this.log = logs.getLog(H2AtRest.class);
    }

    /** After application.properties and the environment are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith(PREFIX) || url.toUpperCase().contains(";CIPHER=")) {
            return;
        }
        Path database = Path.of(url.substring(PREFIX.length()).split(";", 2)[0]).toAbsolutePath();
        makePrivate(database.getParent());
        if (!environment.getProperty("headsup.db.encrypt", Boolean.class, true)) {
            log.warn("The H2 file is not encrypted (headsup.db.encrypt=false)");
            return;
        }
        var secrets = secrets(environment);
        String userPassword = environment.getProperty("spring.datasource.password", "");
        if (userPassword.isBlank()) {
            userPassword = secrets.userPassword();
        }
        encryptIfPlain(
                database, environment.getProperty("spring.datasource.username", "sa"), secrets.fileKey(), userPassword);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "headsup-h2-at-rest",
                        Map.of(
                                "spring.datasource.url", url + ";CIPHER=AES",
                                "spring.datasource.password", secrets.fileKey() + " " + userPassword)));
    }

    /** The folder only its owner may enter, and every file in it only its owner may read. */
    static void makePrivate(Path folder) {
        try {
            if (Files.notExists(folder)) {
                Files.createDirectories(folder);
            }
            if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                return;
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(FOLDER_ONLY));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(FILE_ONLY));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the data folder " + folder + " private", e);
        }
    }

    private record Secrets(String fileKey, String userPassword) {}

    private Secrets secrets(ConfigurableEnvironment environment) {
        String given = environment.getProperty("headsup.db.file-key", "");
        var keyFile = Path.of(environment.getProperty(
                "headsup.db.key-file", System.getProperty("user.home") + "/.headsup/h2-file.key"));
        if (!given.isBlank()) {
            if (given.contains(" ")) {
                throw new IllegalArgumentException("headsup.db.file-key must not contain spaces");
            }
            // Without a password of its own, the database user's is the key: both stay out of the data folder.
            return new Secrets(given.strip(), given.strip());
        }
        try {
            if (Files.notExists(keyFile)) {
                makePrivate(keyFile.toAbsolutePath().getParent());
                Files.writeString(keyFile, random() + "\n" + random() + "\n", StandardCharsets.US_ASCII);
                makePrivate(keyFile.toAbsolutePath().getParent());
                log.warn("Made a key for the H2 file at " + keyFile + ": keep a copy of it apart from the data "
                        + "and its backups; without it the data cannot be read (README, Security)");
            }
            List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
            return new Secrets(lines.get(0).strip(), lines.get(1).strip());
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("could not read or make the H2 key file " + keyFile, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * A file written before encryption, as H2 writes one: its header in plain text ("H:2,..."). It is
     * encrypted in place, and its empty user password replaced, before the app opens it.
     */
    private void encryptIfPlain(Path database, String user, String fileKey, String userPassword) {
        Path file = Path.of(database + ".mv.db");
        if (Files.notExists(file) || !startsPlain(file)) {
            return;
        }
        String name = database.getFileName().toString();
        try {
            ChangeFileEncryption.execute(
                    database.getParent().toString(), name, "AES", null, fileKey.toCharArray(), true);
            try (var connection = DriverManager.getConnection(PREFIX + database + ";CIPHER=AES", user, fileKey + " ");
                    var statement = connection.createStatement()) {
                // A literal, its quotes doubled: H2 takes no parameter here.
                statement.execute("ALTER USER \"" + user.toUpperCase().replace("\"", "\"\"") + "\" SET PASSWORD '"
                        + userPassword.replace("'", "''") + "'");
            }
            makePrivate(database.getParent());
            log.warn("Encrypted the H2 file " + file + ", written before HeadsUp encrypted it");
        } catch (SQLException e) {
            throw new IllegalStateException("could not encrypt the H2 file " + file, e);
        }
    }

    private static boolean startsPlain(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return new String(start, StandardCharsets.US_ASCII).startsWith("H:2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
