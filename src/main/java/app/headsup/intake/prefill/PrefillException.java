package app.headsup.intake.prefill;

/** A link that cannot be used for what was asked (expired, already sent, not this therapist's). */
public class PrefillException extends RuntimeException {

    public PrefillException(String message) {
        super(message);
    }
}
