package app.headsup.intake.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.env.PropertyResolver;

/**
 * The H2 file's two secrets: the key the file (and every backup) is encrypted with, and the database user's
 * password. Given as {@code headsup.db.file-key} (HEADSUP_DB_FILE_KEY, then the user's password too), or read
 * from the key file {@code headsup.db.key-file}, made at the first start by default under {@code ~/.headsup/},
 * not beside the data, so that a copy of the data folder alone reads as noise.
 */
record H2Keys(String fileKey, String userPassword) {

    static H2Keys of(PropertyResolver environment, Consumer<String> warn) {
        String given = environment.getProperty("headsup.db.file-key", "");
        if (!given.isBlank()) {
            if (given.strip().contains(" ")) {
                throw new IllegalArgumentException("headsup.db.file-key must not contain spaces");
            }
            // Without a password of its own, the database user's is the key: both stay out of the data folder.
            return new H2Keys(given.strip(), given.strip());
        }
        var keyFile = Path.of(environment.getProperty(
                "headsup.db.key-file", System.getProperty("user.home") + "/.headsup/h2-file.key"));
        try {
            if (Files.notExists(keyFile)) {
                H2AtRest.makePrivate(keyFile.toAbsolutePath().getParent());
                Files.writeString(keyFile, random() + "\n" + random() + "\n", StandardCharsets.US_ASCII);
                H2AtRest.makePrivate(keyFile.toAbsolutePath().getParent());
                warn.accept("Made a key for the H2 file at " + keyFile + ": keep a copy of it apart from the data "
                        + "and its backups; without it neither can be read (docs/security.md)");
            }
            List<String> lines = Files.readAllLines(keyFile, StandardCharsets.US_ASCII);
            return new H2Keys(lines.get(0).strip(), lines.get(1).strip());
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("could not read or make the H2 key file " + keyFile, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** H2's password for an encrypted file: the file key, a space, the user's password. */
    String connectionPassword() {
        return fileKey + " " + userPassword;
    }

    /** A key as an SQL string literal (H2 takes no parameter where a key goes). */
    static String literal(String secret) {
        return "'" + secret.replace("'", "''") + "'";
    }
}
