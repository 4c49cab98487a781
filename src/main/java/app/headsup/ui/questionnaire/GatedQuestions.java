package app.headsup.ui.questionnaire;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A plain gate question ("Any of these?") whose follow-ups appear only after "yes, or not sure".
 * The follow-ups are built the first time they are needed: most people answer "no", and questions
 * never built cost the server nothing (an unasked follow-up counts as "no").
 */
class GatedQuestions extends Div {

    private final Supplier<Div> build;
    private @Nullable Div followUps;

    /** @param open whether it starts opened, as when earlier answers already say "yes" or "not sure" */
    GatedQuestions(String question, boolean open, Supplier<Div> build) {
        this.build = build;
        var gate = new RadioButtonGroup<Boolean>(question);
        gate.setItems(false, true);
        gate.setItemLabelGenerator(yes -> yes ? "Yes, or not sure" : "No");
        gate.setValue(open);
        gate.addValueChangeListener(e -> show(Boolean.TRUE.equals(e.getValue())));
        add(gate);
        show(open);
    }

    private void show(boolean open) {
        if (open && followUps == null) {
            followUps = build.get();
            followUps.addClassName("follow-ups");
            add(followUps);
        }
        if (followUps != null) {
            followUps.setVisible(open);
        }
    }
}
