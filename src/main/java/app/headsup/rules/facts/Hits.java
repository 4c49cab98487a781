package app.headsup.rules.facts;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one function rule consequences call: {@code insert(finding(kcontext, $fact))}. It records
 * which rule fired for which fact and nothing else, so no decision hides in a consequence.
 */
public final class Hits {

    private Hits() {}

    public static Hit finding(RuleContext rule, ReceiverHas answer) {
        return about(rule, answer.code(), Person.RECEIVER, answer.unsure());
    }

    public static Hit finding(RuleContext rule, GiverHas answer) {
        return about(rule, answer.code(), Person.GIVER, false);
    }

    /** An age or pregnancy row: the code is the row's own (AGE_UNDER_2, PREGNANCY), as the rule says. */
    public static Hit finding(RuleContext rule, Receiver receiver) {
        return about(rule, metadata(rule, "code"), Person.RECEIVER, false);
    }

    public static Hit finding(RuleContext rule, Consent consent) {
        return about(rule, null, Person.RECEIVER, false);
    }

    public static Hit finding(RuleContext rule, LocalIssue issue) {
        return new Hit(
                name(rule),
                name(rule),
                FindingKind.LOCAL,
                issue.kind(),
                Person.RECEIVER,
                false,
                List.of(issue.area()),
                List.of(),
                null,
                null);
    }

    /** An allergy finding, naming the requested oils it rules out (possibly none). */
    public static Hit finding(RuleContext rule, Allergy allergy, List<RequestedOil> requestedOils) {
        var oils = requestedOils.stream().map(RequestedOil::code).toList();
        String id = "ALLERGY-" + allergy.person() + "-" + allergy.code();
        return new Hit(
                name(rule),
                id,
                FindingKind.ALLERGY,
                allergy.code(),
                allergy.person(),
                allergy.unsure(),
                List.of(),
                oils,
                null,
                null);
    }

    /** A finding about several assessed oils at once (OIL-AVOID, OIL-PATCH-TEST, ...). */
    public static Hit finding(RuleContext rule, List<AssessedOil> assessedOils) {
        var oils = assessedOils.stream().map(AssessedOil::code).toList();
        return new Hit(
                name(rule), name(rule), FindingKind.OIL, null, Person.RECEIVER, false, List.of(), oils, null, null);
    }

    public static Hit finding(RuleContext rule, RoutinePlan plan) {
        return new Hit(
                name(rule),
                name(rule),
                FindingKind.ROUTINE,
                null,
                Person.RECEIVER,
                false,
                List.of(),
                List.of(),
                plan.routine(),
                plan.alternative());
    }

    private static Hit about(RuleContext rule, @Nullable String code, Person person, boolean unsure) {
        String name = name(rule);
        return new Hit(name, name, kind(rule), code, person, unsure, List.of(), List.of(), null, null);
    }

    /** The kind of finding, as the rule's {@code @kind} says. */
    private static FindingKind kind(RuleContext rule) {
        String kind = metadata(rule, "kind");
        if (kind == null) {
            throw new IllegalStateException("rule " + name(rule) + " has no @kind");
        }
        return FindingKind.valueOf(kind);
    }

    private static @Nullable String metadata(RuleContext rule, String key) {
        return RuleMetadata.text(rule.getRule().getMetaData(), key);
    }

    private static String name(RuleContext rule) {
        return rule.getRule().getName();
    }
}
