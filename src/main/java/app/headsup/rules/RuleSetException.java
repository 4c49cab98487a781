package app.headsup.rules;

/** The rule folder cannot be turned into a usable rule set: the message says why. */
public class RuleSetException extends RuntimeException {

    public RuleSetException(String message) {
        super(message);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
