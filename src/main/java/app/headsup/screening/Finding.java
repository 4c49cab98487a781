package app.headsup.screening;

import java.util.List;

import app.headsup.rules.Level;
import app.headsup.rules.facts.Person;

/**
 * One conclusion of one rule, with what to do, why, and where that comes from.
 *
 * @param areas  the areas an AVOID_AREA or local-issue finding covers, else empty
 * @param unsure true when the answer behind it was "not sure"
 */
public record Finding(String rule, Level level, Person person, List<String> areas, boolean unsure, String message,
        String reason, String source) {

    public Finding {
        areas = List.copyOf(areas);
    }
}
