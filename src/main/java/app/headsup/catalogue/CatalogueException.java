package app.headsup.catalogue;

/** A catalogue file is missing, malformed or inconsistent: the rule set must not be used. */
public class CatalogueException extends RuntimeException {

    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
