package app.headsup.intake.record;

/** An intake could not be signed; the message is for the therapist and the client. */
public class IntakeException extends RuntimeException {

    public IntakeException(String message) {
        super(message);
    }
}
