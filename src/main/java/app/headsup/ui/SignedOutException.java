package app.headsup.ui;

/**
 * The account behind a practice page was switched off (or its sign-in is gone): the page stops and the
 * browser is signed out and sent to the sign-in page. Never logged as a failure.
 */
public class SignedOutException extends RuntimeException {

    public SignedOutException() {
        super("the account is switched off or no longer signed in");
    }
}
