package app.headsup.ui.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.RequestBuilder;
import app.headsup.screening.TestRules;
import org.junit.jupiter.api.Test;

/**
 * A client's draft keeps "no" and "never answered" alike: resumed on a step, what lies on it and after it is
 * asked again unless it was "yes" or "not sure"; what lies before it was answered and stays.
 */
class ResumedAnswersTest {

    private final Vocabulary vocabulary = TestRules.ruleSet().catalogues().vocabulary();

    @Test
    void stepsNotYetConfirmedAreAskedAgainButTheirYesAnswersStay() {
        var request = RequestBuilder.receiver(52)
                .conditions("MIGRAINE_NOW")
                .allergies("PEANUT")
                .build();

        var onHealth = Answers.resumed(request, true, vocabulary, Questionnaire.HEALTH_STEP);
        assertThat(onHealth.getPregnancy()).isEqualTo(Pregnancy.NO);
        assertThat(onHealth.healthReply("MIGRAINE_NOW")).isEqualTo(Reply.YES);
        assertThat(onHealth.healthReply("FEVER")).isNull();
        assertThat(onHealth.allergyReply("PEANUT")).isEqualTo(Reply.YES);
        assertThat(onHealth.allergyReply("TREE_NUT")).isNull();

        var onAge = Answers.resumed(request, true, vocabulary, Questionnaire.AGE_STEP);
        assertThat(onAge.getPregnancy()).isNull();
        assertThat(onAge.healthReply("BREASTFEEDING")).isNull();

        var onAreas = Answers.resumed(request, true, vocabulary, Questionnaire.ALLERGIES_STEP + 1);
        assertThat(onAreas.healthReply("FEVER")).isEqualTo(Reply.NO);
        assertThat(onAreas.allergyReply("TREE_NUT")).isEqualTo(Reply.NO);
    }

    @Test
    void theStepNumbersAreWhereTheQuestionsAre() {
        var steps = Questionnaire.aboutThemselves(new Answers(), vocabulary, Who.CLIENT);
        assertThat(steps.get(Questionnaire.AGE_STEP).get().title()).isEqualTo("Age and pregnancy");
        assertThat(steps.get(Questionnaire.HEALTH_STEP).get().title()).isEqualTo("Health");
        assertThat(steps.get(Questionnaire.ALLERGIES_STEP).get().title()).isEqualTo("Allergies");
    }
}
