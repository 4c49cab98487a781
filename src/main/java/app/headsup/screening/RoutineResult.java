package app.headsup.screening;

import app.headsup.rules.Pressure;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The suggested routine, adapted to the findings.
 *
 * @param oil   the carrier to use, or {@value #DRY} for dry hands
 * @param blend the essential oils to add to the carrier, with drops per 30 ml
 * @param practice the general practice that comes with every routine
 * @param aftercare with a routine that has a neck step, the warning signs that need emergency care even hours
 *     or days later; null otherwise (and in results stored before it was a field of its own, whose practice
 *     ends with it)
 * @param carriersToTry with dry hands only: the catalogue's carrier oils that nothing in the answers rules
 *     out, so the person knows what could carry the essential oils (each still to be patch-tested unless it was)
 */
public record RoutineResult(
        String id,
        String title,
        int seconds,
        int minutes,
        Pressure pressure,
        String oil,
        List<Step> steps,
        List<Omitted> omitted,
        List<BlendLine> blend,
        List<String> practice,
        @Nullable String aftercare,
        List<OilResult> carriersToTry) {

    public static final String DRY = "NONE";

    /** The area whose steps bring the aftercare warning with them. */
    public static final String NECK = "NECK";

    public RoutineResult {
        steps = List.copyOf(steps);
        omitted = List.copyOf(omitted);
        blend = List.copyOf(blend);
        practice = List.copyOf(practice);
        // Results stored before carriers were suggested have none.
        carriersToTry = carriersToTry == null ? List.of() : List.copyOf(carriersToTry);
    }

    /**
     * One step to do.
     *
     * @param cautions what the findings say again at this step (mustard oil kept off the face, at a face step)
     */
    public record Step(String area, String title, String instructions, int seconds, List<String> cautions) {

        public Step {
            // Results stored before steps carried cautions have none.
            cautions = cautions == null ? List.of() : List.copyOf(cautions);
        }
    }

    /** A step left out, and the message of the most serious finding that avoids its area. */
    public record Omitted(String area, String title, String reason) {}

    public record BlendLine(String oil, BigDecimal percent, int dropsPer30ml) {}
}
