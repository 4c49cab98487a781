package app.headsup.ui.questionnaire;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Shows steps one at a time with a progress bar, Back and Next. Steps stay alive while you move, so
 * no answer is lost; Next only moves on when the step is valid and its required questions are answered.
 */
public class Stepper extends Div {

    private final List<Step> steps;
    private final Runnable finish;
    private final IntPredicate finishesEarly;
    private final Div holder = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private String finishLabel = "See result";
    private IntConsumer onMove = index -> {};
    private int current;

    /**
     * @param finishesEarly whether leaving the step at this index goes straight to the result
     *                      (a "no" to consent ends gently)
     */
    public Stepper(List<Step> steps, Runnable finish, IntPredicate finishesEarly) {
        this.steps = List.copyOf(steps);
        this.finish = finish;
        this.finishesEarly = finishesEarly;
        progress.setMin(0);
        progress.setMax(steps.size());
        progress.getElement().setAttribute("aria-label", "Progress through the questions");
        progressText.addClassName("step-progress");
        back.addClickListener(e -> show(current - 1));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> forward());
        var buttons = new Div(back, next);
        buttons.addClassName("step-buttons");
        add(new Div(progress, progressText), holder, buttons);
        show(0);
    }

    private void forward() {
        var step = steps.get(current);
        // Both checks run, so that every unanswered or invalid field is marked at once.
        boolean valid = step.valid().getAsBoolean();
        if (!Required.allAnswered(step.content()) || !valid) {
            return;
        }
        if (current == steps.size() - 1 || finishesEarly.test(current)) {
            finish.run();
        } else {
            show(current + 1);
        }
    }

    /** Shows the step at this index again (also after the result, to change answers). */
    public final void show(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        holder.removeAll();
        var step = steps.get(current);
        holder.add(new H2(step.title()), step.content());
        progress.setValue(current);
        progressText.setText("Step " + (current + 1) + " of " + steps.size());
        back.setEnabled(current > 0);
        next.setText(current == steps.size() - 1 ? finishLabel : "Next");
        onMove.accept(current);
    }

    /** What the last step's button says, when it does something other than show the result. */
    public void setFinishLabel(String label) {
        finishLabel = label;
        show(current);
    }

    /** Told the index of every step shown from now on: a remote pre-fill saves the answers then. */
    public void onMove(IntConsumer listener) {
        onMove = listener;
    }

    /**
     * Told when an answer on the shown step changes. The fields' own inputs send a bubbling "change"
     * event; it is sent half a second late, so the new value has reached the server first.
     */
    public void onAnswer(Runnable listener) {
        holder.getElement().addEventListener("change", event -> listener.run()).debounce(500);
    }

    public int current() {
        return current;
    }
}
