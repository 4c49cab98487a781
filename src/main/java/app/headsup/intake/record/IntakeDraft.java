package app.headsup.intake.record;

import app.headsup.intake.client.Client;
import app.headsup.screening.ScreeningRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where an intake starts: the client, the answers to begin with, and what they will be compared with.
 *
 * @param consent        the consent answer to begin with; null while it is still to be asked
 * @param previous       the answers the result's "what changed" list compares with; null for a first visit
 * @param previousSigned when the intake {@code previous} comes from was signed
 * @param corrects       the intake a correction corrects
 */
public record IntakeDraft(
        Client client,
        Start start,
        ScreeningRequest answers,
        @Nullable Boolean consent,
        @Nullable ScreeningRequest previous,
        @Nullable Instant previousSigned,
        @Nullable Long corrects) {

    /** How this intake came about. */
    public enum Start {
        /** No intake before: every question from the start. */
        FIRST_VISIT,
        /** A returning client: the last intake's answers, consent asked again, today's age. */
        RETURN_VISIT,
        /** The answers the client sent from home, to go through together. */
        PREFILL_REVIEW,
        /** A wrongly recorded intake, signed again as a new one pointing at it. */
        CORRECTION
    }
}
