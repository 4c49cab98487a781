package app.headsup.rules.facts;

import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The one function rule consequences call: {@code insert(finding(kcontext, $fact))}. It records
 * which rule fired for which fact and nothing else, so no decision hides in a consequence.
 */
public final class Hits {

    private Hits() {
    }

    public static Hit finding(RuleContext rule, ReceiverHas answer) {
        return Hit.of(name(rule), Person.RECEIVER, answer.unsure());
    }

    public static Hit finding(RuleContext rule, GiverHas answer) {
        return Hit.of(name(rule), Person.GIVER, false);
    }

    public static Hit finding(RuleContext rule, Receiver receiver) {
        return Hit.of(name(rule), Person.RECEIVER, false);
    }

    public static Hit finding(RuleContext rule, Consent consent) {
        return Hit.of(name(rule), Person.RECEIVER, false);
    }

    public static Hit finding(RuleContext rule, LocalIssue issue) {
        return new Hit(name(rule), name(rule), Person.RECEIVER, false, List.of(issue.area()), List.of(), null, null);
    }

    /** An allergy finding, naming the requested oils it rules out (possibly none). */
    public static Hit finding(RuleContext rule, Allergy allergy, List<?> requestedOils) {
        var oils = requestedOils.stream().map(oil -> ((RequestedOil) oil).code()).toList();
        String id = "ALLERGY-" + allergy.person() + "-" + allergy.code();
        return new Hit(name(rule), id, allergy.person(), allergy.unsure(), List.of(), oils, null, null);
    }

    /** A finding about several assessed oils at once (OIL-AVOID, OIL-PATCH-TEST, ...). */
    public static Hit finding(RuleContext rule, List<?> assessedOils) {
        var oils = assessedOils.stream().map(oil -> ((AssessedOil) oil).code()).toList();
        return new Hit(name(rule), name(rule), Person.RECEIVER, false, List.of(), oils, null, null);
    }

    public static Hit finding(RuleContext rule, RoutinePlan plan) {
        return new Hit(name(rule), name(rule), Person.RECEIVER, false, List.of(), List.of(), plan.routine(),
                plan.alternative());
    }

    private static String name(RuleContext rule) {
        return rule.getRule().getName();
    }
}
