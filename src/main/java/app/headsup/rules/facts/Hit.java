package app.headsup.rules.facts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rule inserts when it applies: which rule, about whom and what, and the specifics of this case
 * (the area of a local issue, the oils an allergy or oil finding names). Level, message, reason and
 * source are the rule's own metadata, looked up by {@code rule}.
 *
 * @param rule the DRL rule's name
 * @param id   the finding's id in the contract (differs from {@code rule} for allergies, which
 *             name the person: ALLERGY-RECEIVER-TREE_NUT)
 * @param code the answer it is about: a condition, medicine, local-issue kind or allergy code; null for
 *             the oils, the routine and consent
 */
public record Hit(
        String rule,
        String id,
        FindingKind kind,
        @Nullable String code,
        Person person,
        boolean unsure,
        List<String> areas,
        List<String> oils,
        @Nullable String routine,
        @Nullable String alternative) {

    public Hit {
        areas = List.copyOf(areas);
        oils = List.copyOf(oils);
    }

    /** The same hit, marked unsure when the answer that triggered it was "not sure". */
    public Hit unsureWhen(boolean unsure) {
        return new Hit(rule, id, kind, code, person, this.unsure || unsure, areas, oils, routine, alternative);
    }
}
