package app.headsup.screening;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Oil;
import app.headsup.rules.RuleSet;
import app.headsup.rules.facts.FindingKind;
import app.headsup.rules.facts.Hit;
import app.headsup.rules.facts.OilStatus;
import app.headsup.rules.facts.Person;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Knowledge section 1, "Oil status" and "maxDilutionPercent": an oil is AVOID when any row that
 * applies lists it (allergy families of either person included), else PATCH_TEST_FIRST unless
 * already tested, else OK. Essential oils not avoided get the lowest of their own maximum, the
 * default head-and-face cap and every receiver cap that applies.
 */
final class OilAssessor {

    static final BigDecimal DEFAULT_CAP = new BigDecimal("2.0");

    private OilAssessor() {}

    static List<OilAssessment> assess(ScreeningRequest request, List<Hit> hits, RuleSet rules) {
        return assess(request.oils(), Set.copyOf(request.patchTested()), hits, rules);
    }

    /**
     * When the routine is left with dry hands: every carrier of the catalogue that was not chosen and that no
     * answer rules out, assessed as if it had been chosen, those of no allergen family first. Sound because the rows that rule oils out fire on the
     * person's answers (an allergy row fires with or without a matching oil), not on the oils asked about.
     */
    static List<OilResult> carriersToTry(ScreeningRequest request, List<Hit> hits, RuleSet rules) {
        var others = rules.catalogues().oils().all().stream()
                .filter(oil -> !oil.essential() && !request.oils().contains(oil.code()))
                // Those of no allergen family first: the likeliest to suit someone new to them.
                .sorted(Comparator.comparing((Oil oil) -> !oil.families().isEmpty()))
                .map(Oil::code)
                .toList();
        return assess(others, Set.copyOf(request.patchTested()), hits, rules).stream()
                .filter(oil -> oil.status() != OilStatus.AVOID)
                .map(OilAssessment::result)
                .toList();
    }

    private static List<OilAssessment> assess(List<String> codes, Set<String> tested, List<Hit> hits, RuleSet rules) {
        var catalogue = rules.catalogues().oils();
        BigDecimal receiverCap = personCap(hits, rules);
        // Reasons in the order findings are shown (level, then rule), never in the engine's firing order.
        var ordered = hits.stream()
                .sorted(Comparator.comparing((Hit h) -> rules.describe(h.rule()).levelOf(h))
                        .thenComparing(Hit::id)
                        .thenComparing(Hit::person))
                .toList();
        var assessments = new ArrayList<OilAssessment>();
        for (String code : new LinkedHashSet<>(codes)) {
            var oil = catalogue.get(code);
            var reasons = new ArrayList<String>();
            for (Hit hit : ordered) {
                var rule = rules.describe(hit.rule());
                if (rule.avoids(oil)) {
                    reasons.add(reason(hit, rule.reason(), rules));
                }
            }
            OilStatus status = !reasons.isEmpty()
                    ? OilStatus.AVOID
                    : tested.contains(code) ? OilStatus.OK : OilStatus.PATCH_TEST_FIRST;
            BigDecimal max = null;
            if (oil.essential() && status != OilStatus.AVOID) {
                max = oil.maxPercent() == null ? receiverCap : oil.maxPercent().min(receiverCap);
            }
            assessments.add(
                    new OilAssessment(oil, status, reasons.stream().distinct().toList(), max));
        }
        return assessments;
    }

    /** The person's cap: the default lowered by every receiver row with a cap; giver rows never cap. */
    static BigDecimal personCap(List<Hit> hits, RuleSet rules) {
        BigDecimal cap = DEFAULT_CAP;
        for (Hit hit : hits) {
            var rowCap = rules.describe(hit.rule()).cap();
            if (hit.person() == Person.RECEIVER && rowCap != null) {
                cap = cap.min(rowCap);
            }
        }
        return cap;
    }

    private static String reason(Hit hit, String rowReason, RuleSet rules) {
        if (hit.kind() == FindingKind.ALLERGY && hit.code() != null) {
            String label = rules.catalogues()
                    .vocabulary()
                    .label(CodeList.ALLERGIES, hit.code())
                    .toLowerCase();
            return (hit.person() == Person.GIVER ? "The giver's" : "The receiver's") + " allergy to " + label + ": "
                    + rowReason;
        }
        return hit.person() == Person.GIVER ? "The giver: " + rowReason : rowReason;
    }
}
