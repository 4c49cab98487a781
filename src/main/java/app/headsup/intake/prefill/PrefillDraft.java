package app.headsup.intake.prefill;

import app.headsup.screening.ScreeningRequest;
import org.jspecify.annotations.Nullable;

/**
 * The client's answers so far, as stored with the link.
 *
 * @param consent null while the consent question is unanswered (the request alone cannot say so)
 * @param step    the step the client was on, to carry on from there
 */
public record PrefillDraft(
        ScreeningRequest answers, @Nullable Boolean consent, int step) {}
