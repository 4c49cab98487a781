package app.headsup.rules.facts;

/**
 * A requested oil once its status and highest dilution are known; the oil findings match these.
 *
 * @param irritant the oil irritates skin and eyes (mustard), so it stays off the face
 * @param dropsPer30ml drops of this oil per 30 ml of carrier at its highest dilution (0 for carriers)
 */
public record AssessedOil(
        String code, OilStatus status, boolean essential, boolean phototoxic, boolean irritant, int dropsPer30ml) {}
