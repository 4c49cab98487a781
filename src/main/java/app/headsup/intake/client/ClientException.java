package app.headsup.intake.client;

/** A client could not be saved; the message says why, for the therapist. */
public class ClientException extends RuntimeException {

    public ClientException(String message) {
        super(message);
    }
}
