package app.headsup.catalogue;

import java.util.List;

/** A routine and its steps in order; the steps' seconds add up to its length. */
public record Routine(String id, String title, List<RoutineStep> steps) {

    public Routine {
        steps = List.copyOf(steps);
    }

    public int seconds() {
        return steps.stream().mapToInt(RoutineStep::seconds).sum();
    }
}
