package app.headsup.ui.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.TestRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No condition or medication of the vocabulary can go missing from the questionnaire: each is asked in
 * one theme of the health step, beside the pregnancy question (breastfeeding), or with consent (whether the
 * person can say "stop").
 */
class QuestionnaireCoverageTest {

    private final Vocabulary vocabulary = TestRules.ruleSet().catalogues().vocabulary();

    @Test
    void everyConditionAndMedicationIsAskedInExactlyOneThemeOrBesidePregnancy() {
        var asked = new ArrayList<>(Arrays.stream(HealthTheme.values())
                .flatMap(t -> t.codes(vocabulary).stream())
                .toList());
        asked.addAll(vocabulary.codesInTheme(HealthTheme.BESIDE_PREGNANCY));
        asked.addAll(vocabulary.codesInTheme(HealthTheme.BESIDE_CONSENT));
        assertThat(vocabulary.codesInTheme(HealthTheme.BESIDE_PREGNANCY)).containsExactly("BREASTFEEDING");
        assertThat(vocabulary.codesInTheme(HealthTheme.BESIDE_CONSENT)).containsExactly("CANNOT_GIVE_FEEDBACK");
        assertThat(HealthTheme.HEART_AND_BREATHING.codes(vocabulary))
                .containsSubsequence("BLOOD_CLOT", "BLOOD_CLOT_HISTORY")
                .containsSubsequence("ASTHMA", "ASTHMA_SEVERE");
        assertThat(vocabulary.followUpOf("ASTHMA_SEVERE")).contains("ASTHMA");
        var themes = new ArrayList<>(
                Arrays.stream(HealthTheme.values()).map(HealthTheme::name).toList());
        themes.add(HealthTheme.BESIDE_PREGNANCY);
        themes.add(HealthTheme.BESIDE_CONSENT);
        assertThat(themes).as("every theme the vocabulary names is asked").containsAll(vocabulary.themes());
        assertThat(vocabulary.codes(CodeList.RECEIVER_CONDITIONS)).contains("PACEMAKER_OR_ICD", "G6PD_DEFICIENCY");
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
