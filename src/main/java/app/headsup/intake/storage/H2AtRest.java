package app.headsup.intake.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
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
 * the file encrypted (H2's {@code CIPHER=AES}) with the key of {@link H2Keys}; the database user gets a
 * password from the same place. A database
 * written before, unencrypted and with an empty password, is encrypted in place at the first start with a key.
 * Nothing changes for PostgreSQL, for an in-memory H2, or for a URL that names its own CIPHER.
 */
public class H2AtRest implements EnvironmentPostProcessor, Ordered {

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
        var h2 = H2File.of(url);
        if (h2.isEmpty() || url.toUpperCase().contains(";CIPHER=")) {
            return;
        }
        makePrivate(h2.get().folder());
        if (!environment.getProperty("headsup.db.encrypt", Boolean.class, true)) {
            log.warn("The H2 file is not encrypted (headsup.db.encrypt=false)");
            return;
        }
        var keys = H2Keys.of(environment, log::warn);
        String userPassword = environment.getProperty("spring.datasource.password", "");
        if (!userPassword.isBlank()) {
            keys = new H2Keys(keys.fileKey(), userPassword);
        }
        encryptIfPlain(h2.get(), environment.getProperty("spring.datasource.username", "sa"), keys);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "headsup-h2-at-rest",
                        Map.of(
                                "spring.datasource.url",
                                url + ";CIPHER=AES",
                                "spring.datasource.password",
                                keys.connectionPassword())));
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

    /**
     * A file written before encryption, as H2 writes one: its header in plain text ("H:2,..."). It is
     * encrypted in place, and its empty user password replaced, before the app opens it.
     */
    private void encryptIfPlain(H2File database, String user, H2Keys keys) {
        Path file = database.dataFile();
        if (Files.notExists(file) || !startsPlain(file)) {
            return;
        }
        try {
            ChangeFileEncryption.execute(
                    database.folder().toString(),
                    database.name(),
                    "AES",
                    null,
                    keys.fileKey().toCharArray(),
                    true);
            try (var connection = DriverManager.getConnection(
                            H2File.PREFIX + database.database() + ";CIPHER=AES", user, keys.fileKey() + " ");
                    var statement = connection.createStatement()) {
                // A literal, its quotes doubled: H2 takes no parameter here.
                statement.execute("ALTER USER \"" + user.toUpperCase().replace("\"", "\"\"") + "\" SET PASSWORD "
                        + H2Keys.literal(keys.userPassword()));
            }
            makePrivate(database.folder());
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
