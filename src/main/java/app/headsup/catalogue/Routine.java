package app.headsup.catalogue;

import java.util.List;

/**
 * A routine and its steps in order.
 *
 * @param seconds its length: the steps' seconds added up
 */
public record Routine(String id, String title, List<RoutineStep> steps, int seconds) {

    public Routine {
        steps = List.copyOf(steps);
    }

    public Routine(String id, String title, List<RoutineStep> steps) {
        this(id, title, steps, steps.stream().mapToInt(RoutineStep::seconds).sum());
    }
}
