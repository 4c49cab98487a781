package app.headsup.rules.facts;

/** An allergy of the receiver or of the giver: oil touches both. */
public record Allergy(Person person, String code, boolean unsure) {}
