package app.headsup.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.headsup.catalogue.CodeList;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.TestRules;

/** No condition or medication of the vocabulary can go missing from the questionnaire's themes. */
class QuestionnaireCoverageTest {

    private final app.headsup.catalogue.Vocabulary vocabulary = TestRules.ruleSet().catalogues().vocabulary();

    @Test
    void everyConditionAndMedicationIsAskedInExactlyOneTheme() {
        var asked = Arrays.stream(HealthTheme.values()).flatMap(t -> t.codes().stream()).toList();
        var codes = new ArrayList<String>(vocabulary.codes(CodeList.RECEIVER_CONDITIONS));
        codes.addAll(vocabulary.codes(CodeList.MEDICATIONS));
        assertThat(asked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void notSureAnswersAreSentAsUnsureAndYesAnswersInTheirOwnList() {
        var answers = new Answers();
        answers.setConsent(true);
        answers.setAgeYears(40);
        answers.setPregnancy(Pregnancy.UNSURE);
        answers.health("EPILEPSY", Reply.NOT_SURE);
        answers.health("DIABETES", Reply.YES);
        answers.health("BLOOD_THINNERS", Reply.YES);
        answers.health("ASTHMA", Reply.NO);
        answers.allergy("PEANUT", Reply.NOT_SURE);
        answers.allergy("TREE_NUT", Reply.YES);
        answers.setGiverScreened(false);
        var request = answers.toRequest(vocabulary);
        assertThat(request.receiver().conditions()).containsExactly("DIABETES");
        assertThat(request.receiver().medications()).containsExactly("BLOOD_THINNERS");
        assertThat(request.receiver().unsure()).containsExactlyInAnyOrder("EPILEPSY", "PEANUT");
        assertThat(request.receiver().allergies()).containsExactly("TREE_NUT");
        assertThat(request.giver()).isNull();
        assertThat(List.of(request.receiver().pregnancy())).containsExactly(Pregnancy.UNSURE);
    }
}
