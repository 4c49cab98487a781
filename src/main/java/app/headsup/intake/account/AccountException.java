package app.headsup.intake.account;

/** An account could not be created or changed; the message is meant for the person doing it. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
