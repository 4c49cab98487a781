package app.headsup.ui.player;

import app.headsup.screening.RoutineResult;
import app.headsup.ui.result.RoutineNotes;
import app.headsup.words.Texts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * Plays an adapted routine one step at a time: the step's instructions, a countdown, overall
 * progress, pause and resume, the previous or next step, a gentle "too much or too little?" at the
 * start and half-way, what a finding says about the step on screen (mustard oil at a face step), the
 * aftercare warning when a neck routine ends, and a stop button that says what to do if something hurts.
 * The clock runs on the server (the page polls once a second), so a reload or a dropped connection picks up
 * where it was.
 */
public class RoutinePlayer extends Div {

    static final int POLL_MILLIS = 1000;

    private final RoutineResult routine;
    private final H3 stepTitle = new H3();
    private final Paragraph instructions = new Paragraph();
    /** What the findings say again at the step on screen. */
    private final Div cautions = new Div();

    private final Span countdown = new Span();
    private final ProgressBar overall = new ProgressBar();
    private final Paragraph prompt = new Paragraph();
    private final Texts texts = Texts.english();
    private final Button playPause = new Button(texts.get("player.start"));
    private final Button previousStep = new Button(texts.get("player.previous"));
    private final Button nextStep = new Button(texts.get("player.next"));
    private final Button stop = new Button(texts.get("player.stop"));
    private final Div stopped = new Div();
    private final Div finished = new Div();
    private final Div controls;
    /** Ways out of the player that stay whatever happens: back to the result, swap roles. */
    private final Div waysOut = new Div();

    private @Nullable Button swapButton;
    private int step;
    private int remaining;
    private int elapsed;
    private boolean running;
    private boolean askedHalfway;
    private Registration poll;

    public RoutinePlayer(RoutineResult routine) {
        this(routine, "");
    }

    /** @param direction who massages whom, in couples mode ("Partner A massages Partner B"); empty otherwise */
    public RoutinePlayer(RoutineResult routine, String direction) {
        this.routine = routine;
        addClassNames("card", "routine-player");
        setId("player");
        countdown.setId("countdown");
        countdown.getElement().setAttribute("aria-live", "off");
        overall.setMin(0);
        overall.setMax(routine.seconds());
        overall.getElement().setAttribute("aria-label", texts.get("player.progress"));
        prompt.setId("prompt");
        prompt.getElement().setAttribute("role", "status");
        playPause.addThemeVariants(ButtonVariant.PRIMARY);
        playPause.addClickListener(e -> toggle());
        previousStep.addClickListener(e -> back());
        nextStep.addClickListener(e -> advance());
        stop.addThemeVariants(ButtonVariant.ERROR);
        stop.addClickListener(e -> stopNow());
        stopped.setId("stopped");
        stopped.setVisible(false);
        cautions.setId("step-cautions");
        cautions.getElement().setAttribute("role", "note");
        finished.setId("finished");
        finished.setVisible(false);
        if (routine.aftercare() != null) {
            finished.add(RoutineNotes.aftercare(routine.aftercare()));
        }
        controls = new Div(playPause, previousStep, nextStep, stop);
        controls.addClassName("step-buttons");
        waysOut.addClassName("step-buttons");
        var heading = new H2(direction.isEmpty() ? routine.title() : direction + ": " + routine.title());
        add(heading, stepTitle, instructions, cautions, countdown, overall, prompt, controls, finished, stopped);
        add(RoutineNotes.practice(routine.practice()), waysOut);
        show(0);
        prompt.setText(texts.get("player.ask-first"));
    }

    /** A way back to the result the routine came from, there at every moment of playing. */
    public void offerBack(Runnable back) {
        var button = new Button(texts.get("player.back"), e -> back.run());
        button.setId("back-to-result");
        waysOut.add(button);
    }

    /**
     * In couples mode: a button that starts the other direction's routine, there all along (partners may
     * swap half-way) and the first thing offered once this routine is done.
     */
    public void offerSwap(String label, Runnable swap) {
        var button = new Button(label, e -> swap.run());
        button.setId("swap");
        waysOut.add(button);
        swapButton = button;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(e -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private void show(int index) {
        step = index;
        var current = routine.steps().get(step);
        remaining = current.seconds();
        // The overall progress counts the steps before this one as done, whichever way it was reached.
        elapsed = routine.steps().subList(0, step).stream()
                .mapToInt(RoutineResult.Step::seconds)
                .sum();
        previousStep.setEnabled(step > 0);
        stepTitle.setText(texts.get("player.step", step + 1, routine.steps().size(), current.title()));
        instructions.setText(current.instructions());
        cautions.removeAll();
        current.cautions().forEach(caution -> cautions.add(RoutineNotes.caution(caution)));
        cautions.setVisible(!current.cautions().isEmpty());
        nextStep.setText(texts.get(step == routine.steps().size() - 1 ? "player.finish" : "player.next"));
        render();
    }

    /** One second passes, if the routine is running. */
    void tick() {
        if (!running) {
            return;
        }
        elapsed++;
        if (--remaining <= 0) {
            advance();
            return;
        }
        if (!askedHalfway && elapsed * 2 >= routine.seconds()) {
            askedHalfway = true;
            prompt.setText(texts.get("player.half-way"));
        }
        render();
    }

    private void toggle() {
        running = !running;
        render();
    }

    private void advance() {
        if (step == routine.steps().size() - 1) {
            running = false;
            prompt.setText(texts.get("player.done"));
            playPause.setEnabled(false);
            previousStep.setEnabled(false);
            nextStep.setEnabled(false);
            finished.setVisible(true);
            if (swapButton != null) {
                swapButton.addThemeVariants(ButtonVariant.PRIMARY);
            }
            render();
            return;
        }
        show(step + 1);
    }

    /** The step before, from its start: the clock keeps running or stays paused as it was. */
    private void back() {
        if (step > 0) {
            show(step - 1);
        }
    }

    private void stopNow() {
        running = false;
        controls.setVisible(false);
        stopped.removeAll();
        stopped.add(new Paragraph(texts.get("player.stopped")));
        if (routine.aftercare() != null && neckStepReached()) {
            stopped.add(RoutineNotes.aftercare(routine.aftercare()));
        }
        stopped.setVisible(true);
        render();
    }

    /** Whether a neck step has been reached: only then does the aftercare warning apply to a stopped routine. */
    private boolean neckStepReached() {
        return routine.steps().subList(0, step + 1).stream()
                .anyMatch(s -> s.area().equals(RoutineResult.NECK));
    }

    private void render() {
        countdown.setText(texts.get("player.left", remaining / 60, String.format("%02d", remaining % 60)));
        overall.setValue(Math.min(elapsed, routine.seconds()));
        playPause.setText(
                texts.get(running ? "player.pause" : elapsed == 0 && step == 0 ? "player.start" : "player.resume"));
    }
}
