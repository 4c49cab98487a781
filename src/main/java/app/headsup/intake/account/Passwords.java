package app.headsup.intake.account;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: 12 to 72 bytes, and not one of the most common passwords. Long enough to resist
 * guessing, no composition rules, checked against a list of common ones (NIST 800-63B); bcrypt reads only
 * the first 72 bytes, so a longer one would be silently cut, and is refused.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private Passwords() {}

    /**
     * The common passwords long enough to be chosen at all, from zxcvbn4j's list of the 30,000 most common
     * (shipped in its jar): a couple of hundred, loaded when a password is first checked.
     */
    private static final class Common {
        static final Set<String> LONG_ENOUGH = load();

        private static Set<String> load() {
            try {
                return StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet().stream()
                        .filter(word -> word.length() >= MIN_LENGTH)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What is wrong with this password, in words for the person choosing it, or null when it is fine. */
    public static String problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "A password can be at most " + MAX_BYTES + " bytes (about " + MAX_BYTES
                    + " letters, fewer with accents or emoji).";
        }
        if (Common.LONG_ENOUGH.contains(password.toLowerCase(Locale.ROOT))) {
            return "This is one of the most common passwords, the first an attacker tries: please choose another.";
        }
        return null;
    }

    static void check(String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new AccountException(problem);
        }
    }
}
