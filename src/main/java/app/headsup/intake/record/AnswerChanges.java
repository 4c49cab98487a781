package app.headsup.intake.record;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two intakes' answers, in plain words: new and gone conditions, medicines,
 * allergies, local issues and oils, a changed pregnancy answer or giver, a changed rule-set version, and
 * the findings that are new, gone or say something else now (from new answers or from new rules).
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
                code -> AnswersInWords.answer(vocabulary.label(CodeList.RECEIVER_CONDITIONS, code)));
        compare(
                changes,
                "medicine",
                was.medications(),
                now.medications(),
                code -> AnswersInWords.answer(vocabulary.label(CodeList.MEDICATIONS, code)));
        compare(
                changes,
                "allergy",
                was.allergies(),
                now.allergies(),
                code -> AnswersInWords.answer(vocabulary.label(CodeList.ALLERGIES, code)));
        compare(
                changes,
                "\"not sure\"",
                was.unsure(),
                now.unsure(),
                code -> AnswersInWords.answer(vocabulary.label(vocabulary.receiverListOf(code), code)));
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
                code -> AnswersInWords.answer(vocabulary.label(CodeList.GIVER_CONDITIONS, code)));
        return changes;
    }

    /** The rule set's own change, for the history: a different version may judge the same answers differently. */
    public static @Nullable String ruleSetChange(Intake before, Intake after) {
        return before.ruleSetVersion().equals(after.ruleSetVersion())
                ? null
                : "Rule set: " + before.ruleSetVersion() + " → " + after.ruleSetVersion();
    }

    /**
     * The findings of the later screening that the earlier one did not have, those it no longer has, and those
     * whose advice reads differently now (a new rule set may say more about the same answer), by their message.
     */
    public static List<String> findingChanges(Screening before, Screening after) {
        var was = messagesByRule(before);
        var now = messagesByRule(after);
        var changes = new ArrayList<String>();
        now.forEach((rule, message) -> {
            if (!was.containsKey(rule)) {
                changes.add("New finding: " + message);
            } else if (!was.get(rule).equals(message)) {
                changes.add("Advice changed: " + message);
            }
        });
        was.forEach((rule, message) -> {
            if (!now.containsKey(rule)) {
                changes.add("No longer a finding: " + message);
            }
        });
        return changes;
    }

    private static Map<String, String> messagesByRule(Screening screening) {
        var messages = new LinkedHashMap<String, String>();
        screening.findings().forEach(f -> messages.putIfAbsent(f.rule() + "|" + f.person(), f.message()));
        return messages;
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
