package app.headsup.screening;

import static app.headsup.screening.RequestBuilder.receiver;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.Pregnancy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerAsGiverTest {

    private final Vocabulary vocabulary = TestRules.ruleSet().catalogues().vocabulary();

    @Test
    void whatAPartnerSaidAboutThemselvesCountsWhenTheyGiveAndNotSureCountsAsYes() {
        var own = receiver(30)
                .pregnancy(Pregnancy.UNSURE)
                .conditions("EPILEPSY")
                .unsure("FEVER", "FRAGRANCE")
                .allergies("TREE_NUT")
                .local("COLD_SORE", "FACE")
                .build()
                .receiver();
        var giver = PartnerAsGiver.of(own, List.of("WRIST_OR_THUMB_PAIN"), vocabulary);
        assertThat(giver.conditions())
                .containsExactlyInAnyOrder("WRIST_OR_THUMB_PAIN", "PREGNANCY", "EPILEPSY", "FEVER", "COLD_SORE");
        assertThat(giver.allergies()).containsExactlyInAnyOrder("TREE_NUT", "FRAGRANCE");
    }

    @Test
    void nothingSaidAboutOneselfLeavesOnlyTheHands() {
        var giver = PartnerAsGiver.of(receiver(30).build().receiver(), List.of(), vocabulary);
        assertThat(giver.conditions()).isEmpty();
        assertThat(giver.allergies()).isEmpty();
    }
}
