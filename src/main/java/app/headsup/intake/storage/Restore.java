package app.headsup.intake.storage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code headsup restore FILE [--setting=value…]}: reads a backup into a database that does not exist yet,
 * at the place and with the key the app itself would use (the same settings, the same {@link H2AtRest}),
 * so that the next start opens it. It never overwrites: an existing database is moved away by hand first,
 * with the app stopped. A backup that cannot be read (the wrong key) leaves nothing behind.
 */
public final class Restore {

    private Restore() {}

    /** The settings alone, without the app: no web server, no database pool, no rules. */
    @Configuration(proxyBeanMethods = false)
    static class SettingsOnly {}

    public static boolean isAsked(String[] args) {
        return args.length > 0 && args[0].equals("restore");
    }

    /** Exit status 0 when restored, 1 when the backup could not be read, 2 when asked wrongly. */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 2 || args[1].startsWith("--")) {
            out.println("usage: headsup restore BACKUP-FILE [--spring.datasource.url=jdbc:h2:file:…]");
            return 2;
        }
        Path backup = Path.of(args[1]).toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            out.println("restore: no backup at " + backup);
            return 2;
        }
        try (var settings = new SpringApplicationBuilder(SettingsOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(Arrays.copyOfRange(args, 2, args.length))) {
            return restore(backup, settings.getEnvironment(), out);
        }
    }

    private static int restore(Path backup, Environment environment, PrintStream out) {
        String url = environment.getProperty("spring.datasource.url", "");
        var target = H2File.of(url);
        if (target.isEmpty()) {
            out.println("restore: the database is not an H2 file (" + url.split(";", 2)[0] + "); "
                    + "for PostgreSQL use pg_restore (README, Backups)");
            return 2;
        }
        if (Files.exists(target.get().dataFile())) {
            out.println("restore: a database is already at " + target.get().dataFile()
                    + "; stop the app and move it away first (it is never overwritten)");
            return 2;
        }
        String key = H2Keys.of(environment, out::println).fileKey();
        try (var connection = DriverManager.getConnection(
                        url,
                        environment.getProperty("spring.datasource.username", "sa"),
                        environment.getProperty("spring.datasource.password", ""));
                var statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM " + H2Keys.literal(backup.toString())
                    + " COMPRESSION DEFLATE CIPHER AES PASSWORD " + H2Keys.literal(key));
            long clients = count(statement, "client");
            long intakes = count(statement, "intake");
            long accounts = count(statement, "therapist");
            out.println("restore: " + backup.getFileName() + " restored into "
                    + target.get().dataFile() + " (accounts: " + accounts + ", clients: " + clients + ", intakes: "
                    + intakes
                    + "). Start the app as usual.");
        } catch (SQLException e) {
            removeDatabase(target.get());
            out.println("restore: could not read " + backup.getFileName() + " ("
                    + e.getMessage().split("\n", 2)[0]
                    + "); is it a HeadsUp backup, and is this the key it was made with? Nothing was restored.");
            return 1;
        }
        H2AtRest.makePrivate(target.get().folder());
        return 0;
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** What a failed restore began: the new database's files, and nothing else in the folder. */
    private static void removeDatabase(H2File database) {
        try (Stream<Path> files = Files.list(database.folder())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(database.name() + "."))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
