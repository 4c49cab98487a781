package app.headsup.ui.questionnaire;

import com.vaadin.flow.component.Component;
import java.util.function.BooleanSupplier;

/** One page of questions, and what must hold before moving on (it marks its own fields invalid). */
public record Step(String title, Component content, BooleanSupplier valid) {

    public static Step of(String title, Component content) {
        return new Step(title, content, () -> true);
    }
}
