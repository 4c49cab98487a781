package app.headsup.intake.account;

import java.nio.charset.StandardCharsets;

/**
 * What a password must be: 12 to 72 bytes. Long enough to resist guessing, no composition rules (NIST
 * 800-63B); bcrypt reads only the first 72 bytes, so a longer one would be silently cut, and is refused.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private Passwords() {}

    /** What is wrong with this password, in words for the person choosing it, or null when it is fine. */
    public static String problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "A password can be at most " + MAX_BYTES + " bytes (about " + MAX_BYTES
                    + " letters, fewer with accents or emoji).";
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
