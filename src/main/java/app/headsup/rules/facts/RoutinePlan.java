package app.headsup.rules.facts;

import org.jspecify.annotations.Nullable;

/**
 * The routine as planned for this screening.
 *
 * @param routine     the requested routine, or the one that fits best
 * @param allowed     whether the verdict so far lets a routine be suggested at all
 * @param noStepsLeft whether every step of it falls in an avoided area
 * @param alternative the routine that keeps the most, when it is another one that keeps a step
 */
public record RoutinePlan(
        String routine,
        boolean allowed,
        boolean noStepsLeft,
        @Nullable String alternative) {}
