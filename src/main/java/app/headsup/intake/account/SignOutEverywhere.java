package app.headsup.intake.account;

import org.jspecify.annotations.Nullable;

/**
 * Whoever is signed in with this account must be signed out at once: it was switched off, the admin set a
 * new password for it, or its owner changed the password (then the session they did it from stays).
 *
 * @param keepSession the id of the one session to leave signed in, or null for none
 */
public record SignOutEverywhere(String username, @Nullable String keepSession) {}
