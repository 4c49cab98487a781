package app.headsup.rules.facts;

/** A condition of the giver's hands or health. */
public record GiverHas(String code) {}
