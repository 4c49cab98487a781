package app.headsup.rules;

/** No verdict can be given: the rule set is not loaded, or a rule failed while running. */
public class RulesUnavailableException extends RuntimeException {

    public RulesUnavailableException(String message) {
        super(message);
    }

    public RulesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
