package app.headsup.intake.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the audit log and the sign-in limit keep instead of a name or an address typed at sign-in: an
 * HMAC-SHA256 with a key of the server's. A plain hash of a name can be reversed with a list of names, and
 * a password typed into the name field would be kept as a fast hash; without the key, neither can. The key is
 * {@code headsup.audit.key} (HEADSUP_AUDIT_KEY, base64, at least 32 bytes) or, when none is given, one made at
 * the first start and kept in the database (table {@code server_secret}).
 */
@Component
public class NameHashes {

    static final String SECRET_NAME = "name-hash-key";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    NameHashes(@Value("${headsup.audit.key:}") String configured, JdbcTemplate jdbc) {
        this.key = new SecretKeySpec(configured.isBlank() ? stored(jdbc) : decoded(configured), "HmacSHA256");
    }

    /** The key for a name typed at sign-in, the same for every spelling of case and surrounding spaces. */
    public String nameKey(String username) {
        return hmac("name " + username.strip().toLowerCase(Locale.ROOT));
    }

    String addressKey(String address) {
        return hmac("address " + address);
    }

    /** What the audit log keeps of a name typed at sign-in: a short keyed hash, never the name. */
    public String nameHash(String username) {
        return nameKey(username).substring(0, 16);
    }

    private String hmac(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] decoded(String configured) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("headsup.audit.key must be base64 (e.g. openssl rand -base64 32)");
        }
        if (bytes.length < KEY_BYTES) {
            throw new IllegalArgumentException("headsup.audit.key must hold at least " + KEY_BYTES + " bytes");
        }
        return bytes;
    }

    /** The key made at the first start; two instances starting at once agree on the one written first. */
    private static byte[] stored(JdbcTemplate jdbc) {
        var existing = jdbc.queryForList("select secret from server_secret where name = ?", String.class, SECRET_NAME);
        if (existing.isEmpty()) {
            byte[] made = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(made);
            try {
                jdbc.update(
                        "insert into server_secret (name, secret) values (?, ?)",
                        SECRET_NAME,
                        Base64.getEncoder().encodeToString(made));
                return made;
            } catch (DuplicateKeyException writtenByAnother) {
                existing =
                        jdbc.queryForList("select secret from server_secret where name = ?", String.class, SECRET_NAME);
            }
        }
        return Base64.getDecoder().decode(existing.getFirst());
    }
}
