package app.headsup.intake.storage;

import app.headsup.intake.audit.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Backups of the H2 database, made online: an SQL script of every table (H2's {@code SCRIPT}), compressed
 * and encrypted with the file's key ({@link H2Keys}), written into the backup folder ({@code 0700}, files
 * {@code 0600}) and kept for {@code headsup.backup.keep}. A script rather than a copy of the file: it holds
 * nothing erased, reads back into any later H2, and is read in one snapshot while the app goes on.
 * On PostgreSQL the database's own tools back up ({@code pg_dump}, point-in-time recovery; docs/security.md).
 */
@Service
public class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final String SUFFIX = ".backup";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Environment environment;
    private final BackupSettings settings;
    private final H2Compaction compaction;
    private final AuditLog audit;
    private final Clock clock;
    private final Optional<Path> folder;

    Backups(
            DataSource dataSource,
            Environment environment,
            BackupSettings settings,
            H2Compaction compaction,
            AuditLog audit,
            Clock clock) {
        this.dataSource = dataSource;
        this.environment = environment;
        this.settings = settings;
        this.compaction = compaction;
        this.audit = audit;
        this.clock = clock;
        this.folder = H2File.of(environment.getProperty("spring.datasource.url", ""))
                .map(h2 -> settings.folder() != null
                        ? settings.folder().toAbsolutePath()
                        : h2.folder().resolve("backups"));
    }

    /** Whether HeadsUp makes the backups itself: for an H2 file, not for PostgreSQL or an in-memory H2. */
    public boolean available() {
        return folder.isPresent();
    }

    public Optional<Path> folder() {
        return folder;
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Makes a backup now, for {@code actor} (an account's name, or "nightly"), then deletes the expired ones. */
    public synchronized Backup backUp(String actor) {
        Path into = folder.orElseThrow(() -> new IllegalStateException("backups are the database's own here"));
        H2AtRest.makePrivate(into);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String name = "headsup-" + STAMP.format(now) + SUFFIX;
        Path partial = into.resolve("." + name + ".partial");
        compaction.compact();
        try {
            script(partial);
            H2AtRest.makePrivate(into);
            Files.move(partial, into.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            audit.record(actor, "BACKUP_MADE", "backup " + name);
            var made = new Backup(name, now, Files.size(into.resolve(name)));
            LOG.info("Backup {} made ({} bytes)", name, made.bytes());
            deleteExpired();
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the backup " + name, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Every backup in the folder, the newest first. */
    public List<Backup> list() {
        if (folder.isEmpty() || Files.notExists(folder.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.map(this::backupOf)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::madeAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** H2's SCRIPT in one snapshot (repeatable read), so that no row refers to one erased meanwhile. */
    private void script(Path target) {
        String key = H2Keys.of(environment, LOG::warn).fileKey();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (var statement = connection.createStatement()) {
                statement.execute("SCRIPT TO " + H2Keys.literal(target.toString())
                        + " COMPRESSION DEFLATE CIPHER AES PASSWORD " + H2Keys.literal(key));
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not back up the database: " + e.getMessage(), e);
        }
    }

    private Optional<Backup> backupOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith("headsup-") || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            Instant madeAt = Instant.from(STAMP.parse(name.substring(8, name.length() - SUFFIX.length())));
            return Optional.of(new Backup(name, madeAt, Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** Backups older than {@code headsup.backup.keep}; the newest one stays, however old. */
    private void deleteExpired() {
        Instant before =
                clock.instant().atZone(ZoneOffset.UTC).minus(settings.keep()).toInstant();
        var all = list();
        for (Backup old : all.subList(Math.min(1, all.size()), all.size())) {
            if (old.madeAt().isBefore(before)) {
                deleteQuietly(folder.orElseThrow().resolve(old.name()));
                LOG.info("Backup {} deleted: older than {}", old.name(), settings.keep());
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
