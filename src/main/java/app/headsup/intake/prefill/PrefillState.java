package app.headsup.intake.prefill;

/** Where a pre-fill link stands, as the therapist sees it in the client's list of links. */
public enum PrefillState {
    /** Sent, not opened yet. */
    CREATED,
    /** Opened by the client; answers are saved as they go. */
    OPENED,
    /** Sent back by the client: ready for review. The link cannot be used again. */
    COMPLETED,
    /** The link's time ({@code headsup.prefill.valid-for}) ran out before the client sent the answers. */
    EXPIRED,
    /** The therapist revoked it, or made a newer one: it opens nothing. */
    REVOKED
}
