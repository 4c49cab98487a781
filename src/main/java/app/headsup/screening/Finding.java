package app.headsup.screening;

import app.headsup.rules.Level;
import app.headsup.rules.facts.FindingKind;
import app.headsup.rules.facts.Person;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One conclusion of one rule, with what to do, why, and where that comes from.
 *
 * @param areas  the areas an AVOID_AREA or local-issue finding covers, else empty
 * @param unsure true when the answer behind it was "not sure"
 * @param kind   what it is about (a condition, an area, an allergy, the oils, the routine, consent)
 * @param code   the answer it is about (FEVER, TREE_NUT, RASH_OR_FLARE); null for oils, routine, consent
 */
public record Finding(
        String rule,
        Level level,
        Person person,
        List<String> areas,
        boolean unsure,
        String message,
        String reason,
        String source,
        FindingKind kind,
        @Nullable String code) {

    public Finding {
        areas = List.copyOf(areas);
        // Results stored before the kind was recorded are read with the kind their rule id stands for.
        if (kind == null) {
            kind = FindingKind.ofRule(rule);
            code = FindingKind.codeOfRule(rule);
        }
    }
}
