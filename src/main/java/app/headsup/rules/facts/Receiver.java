package app.headsup.rules.facts;

/** The receiver's age in whole years and pregnancy answer. */
public record Receiver(int ageYears, Pregnancy pregnancy) {}
