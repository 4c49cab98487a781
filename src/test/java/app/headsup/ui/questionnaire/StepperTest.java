package app.headsup.ui.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An open check holds one page of fields, not all of them: a step is built when it is shown and let go when
 * another is (this is what keeps a session near 90 KB instead of 470 KB, see bench/ui.sh).
 */
class StepperTest {

    private final List<String> built = new ArrayList<>();

    private Supplier<Step> step(String title) {
        return () -> {
            built.add(title);
            return Step.of(title, new Paragraph(title));
        };
    }

    private static Button button(Stepper stepper, String text) {
        return stepper.getChildren()
                .flatMap(c -> c.getChildren())
                .filter(c -> c instanceof Button b && b.getText().equals(text))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static long paragraphsIn(Stepper stepper) {
        return stepper.getChildren()
                .flatMap(c -> c.getChildren())
                .filter(Paragraph.class::isInstance)
                .count();
    }

    @Test
    void onlyTheShownStepIsBuiltAndEachIsBuiltAfreshWhenShownAgain() {
        var stepper = new Stepper(List.of(step("one"), step("two"), step("three")), () -> {}, i -> false);
        assertThat(built).containsExactly("one");

        button(stepper, "Next").click();
        assertThat(built).containsExactly("one", "two");
        assertThat(paragraphsIn(stepper)).isEqualTo(1);

        button(stepper, "Back").click();
        assertThat(built).containsExactly("one", "two", "one");
        assertThat(paragraphsIn(stepper)).isEqualTo(1);
        assertThat(stepper.current()).isZero();
    }
}
