package app.headsup.screening;

import app.headsup.catalogue.Guidance;
import app.headsup.catalogue.Routine;
import app.headsup.catalogue.RoutineCatalogue;
import app.headsup.catalogue.RoutineStep;
import app.headsup.rules.Pressure;
import app.headsup.rules.facts.RoutinePlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Knowledge section 1, "Routine": the requested routine, or the one that keeps the largest share
 * of its own length once avoided areas are taken out (compared exactly as fractions; ties go to
 * the earlier routine), with every step in an avoided area removed and explained.
 */
final class RoutinePlanner {

    private final RoutineCatalogue routines;
    private final Set<String> avoidAreas;
    private final Map<String, Integer> keptSeconds = new HashMap<>();

    RoutinePlanner(RoutineCatalogue routines, List<String> avoidAreas) {
        this.routines = routines;
        this.avoidAreas = Set.copyOf(avoidAreas);
        for (Routine routine : routines.all()) {
            keptSeconds.put(
                    routine.id(),
                    kept(routine).stream().mapToInt(RoutineStep::seconds).sum());
        }
    }

    /** What the rules need to know of the plan: which routine, whether any of it is left. */
    RoutinePlan plan(@Nullable String requested, boolean allowed) {
        var best = best();
        var chosen = requested == null ? best : routines.find(requested).orElseThrow();
        boolean noStepsLeft = keptSeconds(chosen) == 0;
        String alternative = noStepsLeft && keptSeconds(best) > 0 ? best.id() : null;
        return new RoutinePlan(chosen.id(), allowed, noStepsLeft, alternative);
    }

    /**
     * The adapted routine, or empty when the plan has no steps left or the verdict allows none.
     *
     * @param cautions per area, the messages to say again at the steps that work there
     */
    Optional<RoutineResult> adapt(
            RoutinePlan plan,
            List<Finding> findings,
            Map<String, List<String>> cautions,
            Pressure pressure,
            String oil,
            List<RoutineResult.BlendLine> blend,
            List<OilResult> carriersToTry,
            Guidance guidance) {
        if (!plan.allowed() || plan.noStepsLeft()) {
            return Optional.empty();
        }
        var routine = routines.find(plan.routine()).orElseThrow();
        var steps = kept(routine).stream()
                .map(s -> new RoutineResult.Step(
                        s.area(), s.title(), s.instructions(), s.seconds(), cautions.getOrDefault(s.area(), List.of())))
                .toList();
        var omitted = new ArrayList<RoutineResult.Omitted>();
        for (RoutineStep step : routine.steps()) {
            if (avoidAreas.contains(step.area())) {
                omitted.add(new RoutineResult.Omitted(step.area(), step.title(), reasonToOmit(step.area(), findings)));
            }
        }
        int seconds = steps.stream().mapToInt(RoutineResult.Step::seconds).sum();
        int minutes = Math.min(10, (seconds + 59) / 60);
        return Optional.of(new RoutineResult(
                routine.id(),
                routine.title(),
                seconds,
                minutes,
                pressure,
                oil,
                steps,
                omitted,
                blend,
                guidance.practice(),
                steps.stream().anyMatch(s -> s.area().equals(RoutineResult.NECK)) ? guidance.aftercare() : null,
                carriersToTry));
    }

    private Routine best() {
        Routine best = null;
        for (Routine routine : routines.all()) {
            if (best == null || keepsMoreThan(routine, best)) {
                best = routine;
            }
        }
        return best;
    }

    /** kept(a)/total(a) > kept(b)/total(b), by cross-multiplying: no rounding. */
    private boolean keepsMoreThan(Routine a, Routine b) {
        return (long) keptSeconds(a) * b.seconds() > (long) keptSeconds(b) * a.seconds();
    }

    private int keptSeconds(Routine routine) {
        return keptSeconds.get(routine.id());
    }

    private List<RoutineStep> kept(Routine routine) {
        return routine.steps().stream()
                .filter(s -> !avoidAreas.contains(s.area()))
                .toList();
    }

    /** The message of the most serious finding that avoids this area (findings are already in that order). */
    private static String reasonToOmit(String area, List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.areas().contains(area))
                .sorted(FindingWriter.ORDER)
                .map(Finding::message)
                .findFirst()
                .orElse("");
    }
}
