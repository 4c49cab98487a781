package app.headsup.intake.record;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.screening.ScreeningRequest;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A signed intake's answers as the therapist and the client read them back: one line a subject, in
 * words, "none" where nothing was reported. The record page and the PDF show the same lines.
 */
public final class AnswersInWords {

    private AnswersInWords() {}

    public static List<String> of(ScreeningRequest request, Vocabulary vocabulary) {
        var receiver = request.receiver();
        var giver = request.giver();
        return List.of(
                "Wants a massage today: " + (request.consent() ? "yes" : "no"),
                "Age: " + (receiver.ageYears() == null ? "not given" : receiver.ageYears())
                        + ". Pregnant, or might be: "
                        + vocabulary.label(
                                CodeList.PREGNANCY, receiver.pregnancy().name()),
                "Conditions: " + orNone(labels(vocabulary, CodeList.RECEIVER_CONDITIONS, receiver.conditions())),
                "Medicines: " + orNone(labels(vocabulary, CodeList.MEDICATIONS, receiver.medications())),
                "Allergies: " + orNone(labels(vocabulary, CodeList.ALLERGIES, receiver.allergies())),
                "Not sure about: "
                        + orNone(receiver.unsure().stream()
                                .map(code -> answer(vocabulary.label(vocabulary.receiverListOf(code), code)))
                                .collect(Collectors.joining(", "))),
                "On the skin: "
                        + orNone(receiver.localIssues().stream()
                                .map(issue -> vocabulary.label(CodeList.AREAS, issue.area()) + ": "
                                        + vocabulary
                                                .label(CodeList.LOCAL_ISSUE_KINDS, issue.kind())
                                                .toLowerCase())
                                .collect(Collectors.joining("; "))),
                "Giver's hands and health: "
                        + (giver == null
                                ? "not asked"
                                : orNone(labels(vocabulary, CodeList.GIVER_CONDITIONS, giver.conditions()))
                                        + "; giver's allergies: "
                                        + orNone(labels(vocabulary, CodeList.ALLERGIES, giver.allergies()))),
                "Oils: " + orNone(labels(vocabulary, CodeList.OILS, request.oils()))
                        + (request.patchTested().isEmpty()
                                ? ""
                                : "; used before or patch-tested: "
                                        + labels(vocabulary, CodeList.OILS, request.patchTested())),
                "Routine asked for: "
                        + (request.routine() == null
                                ? "a suggestion"
                                : vocabulary.label(CodeList.ROUTINES, request.routine())));
    }

    static String labels(Vocabulary vocabulary, CodeList list, List<String> codes) {
        return codes.stream().map(code -> answer(vocabulary.label(list, code))).collect(Collectors.joining(", "));
    }

    /** A question's label as an answer: "Migraines from time to time?" reads back as "Migraines from time to time". */
    static String answer(String label) {
        return label.endsWith("?") ? label.substring(0, label.length() - 1).stripTrailing() : label;
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "none" : text;
    }
}
