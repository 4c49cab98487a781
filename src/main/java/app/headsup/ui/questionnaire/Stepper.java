package app.headsup.ui.questionnaire;

import app.headsup.words.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Shows steps one at a time with a progress bar, Back and Next. Only the shown step exists: each is built
 * afresh from the answers when it is shown, so no answer is lost and an open session holds one page of
 * fields, not fourteen. Next only moves on when the step is valid and its required questions are answered.
 */
public class Stepper extends Div {

    private final List<Supplier<Step>> steps;
    private final Runnable finish;
    private final IntPredicate finishesEarly;
    private final Div holder = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Texts texts = Texts.english();
    private final Button back = new Button(texts.get("check.back"));
    private final Button next = new Button(texts.get("check.next"));
    private String finishLabel = texts.get("check.see-result");
    private final List<IntConsumer> onMove = new ArrayList<>();
    private int current;
    private Step shown;

    /**
     * @param finishesEarly whether leaving the step at this index goes straight to the result
     *                      (a "no" to consent ends gently)
     */
    public Stepper(List<Supplier<Step>> steps, Runnable finish, IntPredicate finishesEarly) {
        this.steps = List.copyOf(steps);
        this.finish = finish;
        this.finishesEarly = finishesEarly;
        progress.setMin(0);
        progress.setMax(steps.size());
        progress.getElement().setAttribute("aria-label", texts.get("check.progress"));
        addClassName("questions");
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
        var step = shown;
        // Both checks run, so that every unanswered or invalid field is marked at once.
        boolean valid = step.valid().getAsBoolean();
        if (!Required.allAnswered(step.content()) || !valid) {
            return;
        }
        if (finishesHere()) {
            finish.run();
        } else {
            show(current + 1);
        }
    }

    /** Shows the step at this index again (also after the result, to change answers). */
    public final void show(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        holder.removeAll();
        shown = steps.get(current).get();
        holder.add(new H2(shown.title()), shown.content());
        progress.setValue(current);
        progressText.setText(texts.get("check.step-of", current + 1, steps.size()));
        back.setEnabled(current > 0);
        labelNext();
        onMove.forEach(listener -> listener.accept(current));
    }

    /** What the last step's button says, when it does something other than show the result. */
    public void setFinishLabel(String label) {
        finishLabel = label;
        labelNext();
    }

    private void labelNext() {
        next.setText(current == steps.size() - 1 ? finishLabel : texts.get("check.next"));
    }

    /**
     * Told the index of every step shown from now on: a remote pre-fill saves the answers then, a check
     * adds the step to the browser's history.
     */
    public void onMove(IntConsumer listener) {
        onMove.add(listener);
    }

    /**
     * Told when an answer on the shown step changes. The fields' own inputs send a bubbling "change"
     * event; it is sent half a second late, so the new value has reached the server first.
     */
    public void onAnswer(Runnable listener) {
        holder.getElement().addEventListener("change", event -> listener.run()).debounce(500);
    }

    /** Whether Next on the shown step leads to the result (the last step, or a "no" to consent). */
    public boolean finishesHere() {
        return current == steps.size() - 1 || finishesEarly.test(current);
    }

    public int current() {
        return current;
    }
}
