/**
 * Remote pre-fill: one-use links through which a client fills the questionnaire at home, saved as
 * they go, for the therapist to review with them before the session.
 */
@NullMarked
package app.headsup.intake.prefill;

import org.jspecify.annotations.NullMarked;
