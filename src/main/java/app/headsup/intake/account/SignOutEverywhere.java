package app.headsup.intake.account;

/**
 * Whoever is signed in with this account must be signed out at once: it was switched off, or the admin
 * set a new password for it.
 */
public record SignOutEverywhere(String username) {}
