package app.headsup.screening;

import app.headsup.rules.Pressure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The complete answer to one {@link ScreeningRequest}.
 *
 * @param essentialOilShares the person's cap shared by the requested essential oils that are OK, in request
 *                           order, whether or not there is a carrier or a routine (an oil checker's bottle);
 *                           the routine's blend is these, once there is a carrier, without those under a drop
 * @param routine            null when the verdict is SEE_DOCTOR_FIRST or POSTPONE, or no step remains
 */
public record Screening(
        Verdict verdict,
        String summary,
        List<Finding> findings,
        List<String> avoidAreas,
        Pressure pressure,
        List<OilResult> oils,
        List<RoutineResult.BlendLine> essentialOilShares,
        @Nullable PatchTest patchTest,
        @Nullable RoutineResult routine,
        String ruleSetVersion,
        String disclaimer) {

    public Screening {
        findings = List.copyOf(findings);
        avoidAreas = List.copyOf(avoidAreas);
        oils = List.copyOf(oils);
        // Results stored before rule set 2026.12 have no shares.
        essentialOilShares = essentialOilShares == null ? List.of() : List.copyOf(essentialOilShares);
    }
}
