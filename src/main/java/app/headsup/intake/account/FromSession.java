package app.headsup.intake.account;

/**
 * Where a signed-in person acts from: the client address, counted like a sign-in's when a password is
 * wrong, and the session, which stays signed in when the others are signed out.
 */
public record FromSession(String address, String sessionId) {}
