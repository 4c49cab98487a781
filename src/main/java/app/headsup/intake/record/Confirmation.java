package app.headsup.intake.record;

/**
 * The client's confirmation of an intake.
 *
 * @param typedName the full name the client typed; must be the client's name
 * @param answersConfirmed the client confirms the answers are theirs and right
 * @param storageConsent the client agrees that their health answers are stored for the therapist's records
 */
public record Confirmation(String typedName, boolean answersConfirmed, boolean storageConsent) {}
