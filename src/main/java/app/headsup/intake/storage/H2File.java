package app.headsup.intake.storage;

import java.nio.file.Path;
import java.util.Optional;

/** The H2 database a {@code jdbc:h2:file:} URL names: its path without the {@code .mv.db}, and its folder. */
record H2File(Path database) {

    static final String PREFIX = "jdbc:h2:file:";

    /** The file database of a JDBC URL; empty for PostgreSQL, an in-memory H2 or anything else. */
    static Optional<H2File> of(String url) {
        if (!url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(new H2File(Path.of(url.substring(PREFIX.length()).split(";", 2)[0])
                .toAbsolutePath()
                .normalize()));
    }

    Path folder() {
        return database.getParent();
    }

    /** The one file H2 keeps its data in. */
    Path dataFile() {
        return Path.of(database + ".mv.db");
    }

    String name() {
        return database.getFileName().toString();
    }
}
