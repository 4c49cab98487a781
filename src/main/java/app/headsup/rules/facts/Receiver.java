package app.headsup.rules.facts;

import org.jspecify.annotations.Nullable;

/**
 * The receiver's age in whole years and pregnancy answer. The age is null when it was never given (a "no"
 * to consent ends the questions before it): then no age rule applies.
 */
public record Receiver(@Nullable Integer ageYears, Pregnancy pregnancy) {}
