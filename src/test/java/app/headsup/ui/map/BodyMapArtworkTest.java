package app.headsup.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.catalogue.CodeList;
import app.headsup.screening.TestRules;
import org.junit.jupiter.api.Test;

/** The drawing in frontend/images/body-map.svg and the vocabulary's areas must name the same places. */
class BodyMapArtworkTest {

    @Test
    void everyAreaOfTheVocabularyHasARegionOnTheMapAndNoOtherRegionExists() {
        var areas = TestRules.ruleSet().catalogues().vocabulary().codes(CodeList.AREAS);
        var artwork = BodyMapArtwork.standard();
        assertThat(artwork.regions().keySet()).containsExactlyInAnyOrderElementsOf(areas);
        assertThat(artwork.regions().values())
                .allSatisfy(shapes -> assertThat(shapes).isNotEmpty());
        assertThat(artwork.viewBox()).matches("0 0 \\d+ \\d+");
        assertThat(artwork.outline()).isNotEmpty();
    }
}
