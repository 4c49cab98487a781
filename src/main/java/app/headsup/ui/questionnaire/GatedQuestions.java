package app.headsup.ui.questionnaire;

import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A plain gate question ("Any of these?") whose follow-ups appear only after "yes, or not sure".
 * The follow-ups are built the first time they are needed: most people answer "no", and questions
 * never built cost the server nothing (an unasked follow-up counts as "no"). Neither the gate nor a
 * follow-up starts answered: Next asks for an answer ({@link Required}).
 */
class GatedQuestions extends Div {

    private final Supplier<Div> build;
    private @Nullable Div followUps;

    /**
     * @param open whether it starts opened (earlier answers say "yes" or "not sure"), closed (earlier answers
     *             were all "no"), or unanswered (null: a new questionnaire)
     */
    GatedQuestions(String question, @Nullable Boolean open, Supplier<Div> build) {
        this.build = build;
        var gate = new RadioButtonGroup<Boolean>(question);
        gate.setItems(false, true);
        gate.setItemLabelGenerator(yes -> Texts.english().get(yes ? "check.gate.yes" : "check.gate.no"));
        Required.mark(gate);
        if (open != null) {
            gate.setValue(open);
        }
        gate.addValueChangeListener(e -> show(Boolean.TRUE.equals(e.getValue())));
        add(gate);
        show(Boolean.TRUE.equals(open));
    }

    /** "No" to the gate means none of them: follow-ups answered before it are taken back, not kept hidden. */
    private void show(boolean open) {
        if (open && followUps == null) {
            followUps = build.get();
            followUps.addClassName("follow-ups");
            add(followUps);
        }
        if (followUps != null) {
            if (!open) {
                clearAll(followUps);
            }
            followUps.setVisible(open);
        }
    }

    /** Takes back every answer given inside {@code component}. */
    static void clearAll(Component component) {
        if (component instanceof HasValue<?, ?> field) {
            field.clear();
        }
        component.getChildren().forEach(GatedQuestions::clearAll);
    }

    /** What a gate shows at first, given the earlier replies to its follow-ups (null where never given). */
    static @Nullable Boolean openFor(Iterable<@Nullable Reply> replies) {
        boolean allAnswered = true;
        for (Reply reply : replies) {
            if (Reply.opens(reply)) {
                return true;
            }
            allAnswered &= reply != null;
        }
        return allAnswered ? false : null;
    }
}
