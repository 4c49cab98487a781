package app.headsup.screening;

import java.util.List;

/** The oils to patch-test before use, and how. */
public record PatchTest(List<String> oils, int waitHours, List<String> steps) {

    public static final int WAIT_HOURS = 48;

    public PatchTest {
        oils = List.copyOf(oils);
        steps = List.copyOf(steps);
    }
}
