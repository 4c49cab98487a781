package app.headsup.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.headsup.screening.TestRules;
import org.junit.jupiter.api.Test;

/** The vocabulary as the questionnaire reads it: labels for the therapist, questions in "you" for the person. */
class VocabularyTest {

    private final Vocabulary vocabulary = TestRules.ruleSet().catalogues().vocabulary();

    @Test
    void everyHealthQuestionIsAlsoPutToThePersonThemselves() {
        for (CodeList list : new CodeList[] {CodeList.RECEIVER_CONDITIONS, CodeList.MEDICATIONS}) {
            for (String code : vocabulary.codes(list)) {
                assertThat(vocabulary.askedOfThemselves(list, code))
                        .as(code)
                        .isNotEqualTo(vocabulary.label(list, code))
                        .containsPattern("\\b(you|your)\\b")
                        .endsWith("?");
            }
        }
        assertThat(vocabulary.askedOfThemselves(CodeList.RECEIVER_CONDITIONS, "FEVER"))
                .isEqualTo("Do you have a fever today?");
        assertThat(vocabulary.label(CodeList.RECEIVER_CONDITIONS, "FEVER")).isEqualTo("A fever today?");
    }

    @Test
    void aHealthQuestionWithoutItsSecondPersonWordingIsRefused() {
        String csv = "list,code,label,why,theme,asked_you\n"
                + "receiverConditions,FEVER,A fever today?,No massage with a fever.,TODAY,\n";
        assertThatThrownBy(() -> Vocabulary.parse(
                        csv,
                        TestRules.ruleSet().catalogues().oils(),
                        TestRules.ruleSet().catalogues().routines()))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("asked_you");
    }
}
