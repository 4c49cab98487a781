package app.headsup.intake.record;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.screening.ScreeningRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two intakes' answers, in plain words: new and gone conditions, medicines,
 * allergies, local issues and oils, a changed pregnancy answer or giver, and a changed rule-set version.
 */
public final class AnswerChanges {

    private AnswerChanges() {}

    public static List<String> between(ScreeningRequest before, ScreeningRequest after, Vocabulary vocabulary) {
        var changes = new ArrayList<String>();
        var was = before.receiver();
        var now = after.receiver();
        if (was.pregnancy() != now.pregnancy()) {
            changes.add("Pregnancy: "
                    + vocabulary.label(CodeList.PREGNANCY, was.pregnancy().name()) + " → "
                    + vocabulary.label(CodeList.PREGNANCY, now.pregnancy().name()));
        }
        compare(
                changes,
                "condition",
                was.conditions(),
                now.conditions(),
                code -> vocabulary.label(CodeList.RECEIVER_CONDITIONS, code));
        compare(
                changes,
                "medicine",
                was.medications(),
                now.medications(),
                code -> vocabulary.label(CodeList.MEDICATIONS, code));
        compare(
                changes,
                "allergy",
                was.allergies(),
                now.allergies(),
                code -> vocabulary.label(CodeList.ALLERGIES, code));
        compare(
                changes,
                "\"not sure\"",
                was.unsure(),
                now.unsure(),
                code -> vocabulary.label(vocabulary.receiverListOf(code), code));
        compare(
                changes,
                "local issue",
                was.localIssues().stream().map(i -> i.area() + "|" + i.kind()).toList(),
                now.localIssues().stream().map(i -> i.area() + "|" + i.kind()).toList(),
                key -> {
                    String[] parts = key.split("\\|");
                    return vocabulary.label(CodeList.AREAS, parts[0]) + ": "
                            + vocabulary
                                    .label(CodeList.LOCAL_ISSUE_KINDS, parts[1])
                                    .toLowerCase();
                });
        compare(changes, "oil", before.oils(), after.oils(), code -> vocabulary.label(CodeList.OILS, code));
        var wasGiver = before.giver();
        var nowGiver = after.giver();
        compare(
                changes,
                "giver condition",
                wasGiver == null ? List.of() : wasGiver.conditions(),
                nowGiver == null ? List.of() : nowGiver.conditions(),
                code -> vocabulary.label(CodeList.GIVER_CONDITIONS, code));
        return changes;
    }

    /** The rule set's own change, for the history: a different version may judge the same answers differently. */
    public static @Nullable String ruleSetChange(Intake before, Intake after) {
        return before.ruleSetVersion().equals(after.ruleSetVersion())
                ? null
                : "Rule set: " + before.ruleSetVersion() + " → " + after.ruleSetVersion();
    }

    private static void compare(
            List<String> changes,
            String what,
            List<String> before,
            List<String> after,
            Function<String, String> label) {
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        Set<String> gone = new LinkedHashSet<>(before);
        gone.removeAll(after);
        added.forEach(code -> changes.add("New " + what + ": " + label.apply(code)));
        gone.forEach(code -> changes.add("No longer " + what + ": " + label.apply(code)));
    }
}
