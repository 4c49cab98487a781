package app.headsup.rules.facts;

/**
 * A receiver condition or medication that applies. {@code unsure} when the person only said
 * "not sure": the rules treat it exactly as a yes, and the finding says so.
 */
public record ReceiverHas(String code, boolean unsure) {}
