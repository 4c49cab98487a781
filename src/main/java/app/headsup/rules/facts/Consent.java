package app.headsup.rules.facts;

/** Whether the receiver wants this massage now. */
public record Consent(boolean given) {}
