package app.headsup.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final ResourceBundle english = ResourceBundle.getBundle(Texts.BUNDLE, Texts.ENGLISH);

    @Test
    void everyTextIsAPatternThatKeepsItsApostrophes() {
        assertThat(english.keySet()).hasSizeGreaterThan(50);
        for (String key : english.keySet()) {
            String pattern = english.getString(key);
            // A lone ' starts a quoted part in a MessageFormat pattern: "person's" would lose its s and the rest.
            assertThat(pattern).as(key).doesNotContainPattern("(?<!')'(?!')");
            assertThat(new MessageFormat(pattern).toPattern()).as(key).isNotBlank();
        }
    }

    @Test
    void anApostropheAndAPluralComeOutRight() {
        var texts = Texts.english();
        assertThat(texts.get("oils.shares", "Lavender 1 %"))
                .isEqualTo("Together in one bottle they share this person's limit: Lavender 1 %.");
        assertThat(texts.get("oils.calculator.makes", 1, "Lavender", "0.17 %"))
                .isEqualTo("1 drop of Lavender makes 0.17 %.");
        assertThat(texts.get("oils.calculator.makes", 3, "Lavender", "0.5 %"))
                .isEqualTo("3 drops of Lavender make 0.5 %.");
        assertThat(texts.get("links.days", 1L)).isEqualTo("1 day");
        assertThat(texts.get("links.days", 7L)).isEqualTo("7 days");
        assertThat(texts.get("links.hours", 1L)).isEqualTo("1 hour");
        assertThat(texts.get("links.hours", 12L)).isEqualTo("12 hours");
    }

    @Test
    void aMissingTextIsAnErrorNotABlank() {
        assertThatThrownBy(() -> Texts.english().get("no.such.text")).hasMessageContaining("no.such.text");
    }
}
