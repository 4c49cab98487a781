package app.headsup.screening;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.headsup.rules.Pressure;

/**
 * The complete answer to one {@link ScreeningRequest}.
 *
 * @param routine null when the verdict is SEE_DOCTOR_FIRST or POSTPONE, or no step remains
 */
public record Screening(Verdict verdict, String summary, List<Finding> findings, List<String> avoidAreas,
        Pressure pressure, List<OilResult> oils, @Nullable PatchTest patchTest, @Nullable RoutineResult routine,
        String ruleSetVersion, String disclaimer) {

    public Screening {
        findings = List.copyOf(findings);
        avoidAreas = List.copyOf(avoidAreas);
        oils = List.copyOf(oils);
    }
}
