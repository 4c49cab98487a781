package app.headsup.intake.record;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.RequestBuilder;
import app.headsup.screening.TestRules;
import app.headsup.ui.questionnaire.Answers;
import org.junit.jupiter.api.Test;

/** "What changed since last time", and answers started from an earlier intake giving that intake back. */
class AnswerChangesTest {

    private static final String OIL_A = "SWEET_ALMOND";
    private static final String OIL_B = "LAVENDER";
    private static final String ROUTINE = "SEVEN_STEP_HEAD";

    private final Vocabulary vocabulary = TestRules.ruleSet().catalogues().vocabulary();

    @Test
    void newAndGoneAnswersAreNamedInPlainWords() {
        var before = RequestBuilder.receiver(40)
                .conditions("MIGRAINE_NOW")
                .allergies("PEANUT")
                .build();
        var after = RequestBuilder.receiver(41)
                .pregnancy(Pregnancy.UNSURE)
                .medications("BLOOD_THINNERS")
                .allergies("PEANUT")
                .local("BRUISE", "NECK")
                .build();
        assertThat(AnswerChanges.between(before, after, vocabulary))
                .containsExactly(
                        "Pregnancy: Not pregnant → Might be pregnant / not sure",
                        "No longer condition: A migraine right now",
                        "New medicine: "
                                + AnswersInWords.answer(vocabulary.label(CodeList.MEDICATIONS, "BLOOD_THINNERS")),
                        "New local issue: Neck: a bruise");
        assertThat(AnswerChanges.between(after, after, vocabulary)).isEmpty();
    }

    @Test
    void everyChangeIsInWordsWhateverListItsCodeComesFrom() {
        var before = RequestBuilder.receiver(40).build();
        var after = RequestBuilder.receiver(40)
                .unsure("FRAGRANCE", "BLOOD_THINNERS", "EPILEPSY")
                .giverConditions("WRIST_OR_THUMB_PAIN")
                .oils("JOJOBA")
                .build();
        var changes = AnswerChanges.between(before, after, vocabulary);
        assertThat(changes)
                .contains("New \"not sure\": " + vocabulary.label(CodeList.ALLERGIES, "FRAGRANCE"))
                .contains("New oil: Jojoba");
        assertThat(String.join("\n", changes)).doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z]+)*\\b");
    }

    @Test
    void answersStartedFromARequestGiveThatRequestBack() {
        var request = RequestBuilder.receiver(52)
                .pregnancy(Pregnancy.NO)
                .conditions("DIABETES")
                .medications("BLOOD_THINNERS")
                .allergies("TREE_NUT")
                .unsure("EPILEPSY", "PEANUT")
                .local("CUT_OR_WOUND", "HANDS")
                .giverConditions("WRIST_OR_THUMB_PAIN")
                .giverAllergies("PEANUT")
                .oils(OIL_A, OIL_B)
                .tested(OIL_A)
                .routine(ROUTINE)
                .build();
        var again = Answers.from(request, true, vocabulary).toRequest(vocabulary);
        assertThat(AnswerChanges.between(request, again, vocabulary)).isEmpty();
        assertThat(again.receiver().unsure())
                .containsExactlyInAnyOrderElementsOf(request.receiver().unsure());
        assertThat(again.patchTested()).isEqualTo(request.patchTested());
        assertThat(again.routine()).isEqualTo(request.routine());
        assertThat(again.receiver().ageYears()).isEqualTo(52);
    }
}
