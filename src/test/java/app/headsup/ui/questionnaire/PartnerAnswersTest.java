package app.headsup.ui.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.PartnerAsGiver;
import app.headsup.screening.TestRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A couple's partners answer once about themselves; what concerns them as the giver (pregnancy, illness,
 * epilepsy, asthma, a cold sore, allergies) follows them into the giver's role without being asked again.
 */
class PartnerAnswersTest {

    private final Vocabulary vocabulary = TestRules.ruleSet().catalogues().vocabulary();

    @Test
    void whatAPartnerSaidAboutThemselvesCountsWhenTheyGive() {
        var b = partner();
        b.setPregnancy(Pregnancy.YES);
        b.health("FEVER", Reply.NOT_SURE);
        b.health("EPILEPSY", Reply.NO);
        b.mark("FACE", "COLD_SORE");
        b.allergy("FRAGRANCE", Reply.NOT_SURE);
        b.setGiverConditions(Set.of("WRIST_OR_THUMB_PAIN"));

        var giver = partner().receivingFrom(b, vocabulary).giver();

        assertThat(giver.conditions())
                .containsExactlyInAnyOrder("WRIST_OR_THUMB_PAIN", "PREGNANCY", "FEVER", "COLD_SORE");
        assertThat(giver.allergies()).containsExactly("FRAGRANCE");
    }

    @Test
    void aPregnantGiverMeetsTheGiverPregnancyRule() {
        var b = partner();
        b.setPregnancy(Pregnancy.UNSURE);
        var bMassagesA = TestRules.service().screen(partner().receivingFrom(b, vocabulary));
        assertThat(bMassagesA.findings()).anyMatch(f -> f.rule().equals("GIVER-PREGNANCY"));
    }

    @Test
    void theHandsStepAsksOnlyWhatTheirOwnAnswersDidNotCover() {
        var askedAgain = vocabulary.codes(CodeList.GIVER_CONDITIONS).stream()
                .filter(code -> !PartnerAsGiver.answeredAboutOneself(code, vocabulary))
                .toList();
        assertThat(askedAgain)
                .containsExactlyInAnyOrder(
                        "HAND_CUT_OR_BROKEN_SKIN", "HAND_SKIN_INFECTION", "HAND_ECZEMA_FLARE", "WRIST_OR_THUMB_PAIN");
    }

    private static Answers partner() {
        var answers = new Answers();
        answers.setConsent(true);
        answers.setAgeYears(33);
        return answers;
    }
}
