package app.headsup.ui.questionnaire;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each step of a check is an entry in the browser's history, and so is its result: the address gets
 * {@code ?step=3} or {@code ?step=result}, so the browser's Back goes one step back and Forward one step
 * on (never past what was answered), and coming back to the page picks the check up where it was.
 *
 * <p>The entries are the page's own: they carry {@code headsupStep} in their state, and while the page is
 * on screen a Back or Forward onto one of them is answered here, before Vaadin's client-side router sees
 * it (to the router the whole check is one visit; routing each step made it add entries of its own).
 * When the page is not on screen, the router opens it at the entry's address and {@link #follow} takes over.
 */
public final class StepsInHistory {

    private static final String STEP = "step";
    private static final String RESULT = "result";
    private static final String ROUTINE = "routine";

    /**
     * Runs in every page's head, before Vaadin's scripts, so that its popstate listener is the first: a
     * listener added later could not stop the router from handling the step as a navigation of its own. It
     * only takes a move from one of a check's own entries to another while that check's stepper is in the
     * document; any other move (to or from another page) is the router's, which then opens the page at the
     * entry's address. It also keeps the router from adding an entry for the address the browser is already
     * at: Vaadin does that when a page kept on refresh is reloaded, and Back then seemed to do nothing.
     */
    public static final String HISTORY_GATE = """
            window.addEventListener('popstate', event => {
              const state = event.state || {};
              const fromOwnEntry = window.headsupOnOwnEntry;
              window.headsupOnOwnEntry = !!state.headsupStep;
              const check = state.headsupStep && fromOwnEntry
                && document.querySelector('[data-headsup-check="' + state.headsupCheck + '"]');
              if (check) {
                event.stopImmediatePropagation();
                check.dispatchEvent(new CustomEvent('headsup-step', {detail: state.headsupStep}));
              }
            });
            window.addEventListener('vaadin-navigate', event => {
              const detail = event.detail;
              if (detail && !detail.replace && typeof detail.url === 'string'
                  && new URL(detail.url, document.baseURI).href === window.location.href) {
                detail.replace = true;
              }
            });
            """;

    private final Stepper stepper;
    private final QuestionsThenResult page;
    private final CheckInProgress progress;
    private final Runnable showResult;
    /** True while the page follows the address, so the moves that makes are not added to the history again. */
    private boolean following;
    /** The step the router's entry for this visit stands for, until that entry is made one of the page's own. */
    private @Nullable String landing;
    /** True while the routine player is on screen in place of the result: Back then returns to the result. */
    private boolean playing;

    public StepsInHistory(Stepper stepper, QuestionsThenResult page, CheckInProgress progress, Runnable showResult) {
        this.stepper = stepper;
        this.page = page;
        this.progress = progress;
        this.showResult = showResult;
        stepper.onMove(index -> {
            progress.movedTo(index);
            if (!following) {
                push(Integer.toString(index + 1));
            }
        });
        // On the page, not the stepper: the stepper is hidden while the result shows, and Vaadin does not
        // send a hidden component's contents to the browser at all.
        page.getElement().setAttribute("data-headsup-check", progress.kind());
        page.addAttachListener(event -> progress.keepIn(event.getUI()));
        page.getElement()
                .addEventListener(
                        "headsup-step",
                        event -> follow(Optional.of(
                                event.getEventData().path("event.detail").asString())))
                .addEventData("event.detail");
    }

    /** The page calls this once its result is on screen (again, when coming back from the routine). */
    public void resultShown() {
        playing = false;
        boolean already = progress.resultShown();
        progress.showedResult();
        if (!following && !already) {
            push(RESULT);
        }
    }

    /** The routine player is on screen: an entry of its own, so that Back goes to the result, not a question. */
    public void routineShown() {
        boolean again = playing;
        playing = true;
        if (!following && !again) {
            push(ROUTINE);
        }
    }

    /**
     * The player's own "Back to the result": the browser's Back, so that its entry is left as Back leaves it and
     * the next Back goes on to the questions, not to the same result again.
     */
    public void backFromRoutine() {
        var ui = UI.getCurrent();
        if (playing && ui != null) {
            ui.getPage().executeJs("window.history.back();");
        } else {
            showResult.run();
        }
    }

    /** A new check in place of the last one: its first step is a new history entry. */
    public void startedAgain() {
        push("1");
    }

    /**
     * Follows the address the page is opened with: the menu, a reload, a link, or Back and Forward from
     * another page. Without a step in it (the menu, the start page), the check is shown where it was left,
     * and this entry gets that step.
     */
    public void follow(BeforeEnterEvent event) {
        follow(event.getLocation().getQueryParameters().getSingleParameter(STEP));
        landing = here();
    }

    private void follow(Optional<String> wanted) {
        boolean toResult = progress.resultReached()
                && wanted.map(step -> RESULT.equals(step) || ROUTINE.equals(step))
                        .orElse(progress.resultShown());
        if (toResult && page.showingResult()) {
            if (playing && wanted.map(RESULT::equals).orElse(false)) {
                following = true;
                try {
                    showResult.run(); // Back from the player: the result it was started from
                } finally {
                    following = false;
                }
            }
            return; // already there, or playing the routine: a reload keeps the player where it was
        }
        int index = toResult
                ? progress.step()
                : Math.min(wanted.flatMap(StepsInHistory::index).orElse(progress.step()), progress.furthest());
        following = true;
        try {
            if (page.showingResult() || index != stepper.current()) {
                page.showQuestions();
                stepper.show(index);
            }
            if (toResult && stepper.finishesHere()) {
                showResult.run();
            }
        } finally {
            following = false;
        }
    }

    private static Optional<Integer> index(String step) {
        try {
            return Optional.of(Math.max(0, Integer.parseInt(step) - 1));
        } catch (NumberFormatException notAStep) {
            return Optional.empty();
        }
    }

    private String here() {
        return playing ? ROUTINE : page.showingResult() ? RESULT : Integer.toString(stepper.current() + 1);
    }

    /**
     * A new entry for this step. The entry the router made for this visit becomes one of the page's own first:
     * only now, because while the router is still navigating it is not yet the browser's current entry.
     */
    private void push(String step) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (landing != null) {
            write(ui, "replaceState", landing);
            landing = null;
        }
        write(ui, "pushState", step);
    }

    /** Straight to the browser's history, keeping the router's own state so it can still find its way. */
    private void write(UI ui, String how, String step) {
        var here = ui.getInternals().getActiveViewLocation();
        var address = new Location(here.getPath(), here.getQueryParameters().merging(STEP, step));
        ui.getPage().executeJs("""
                        window.history[$0]({...window.history.state, headsupStep: $1, headsupCheck: $2}, '', $3);
                        window.headsupOnOwnEntry = true;""", how, step, progress.kind(), address.getPathWithQueryParameters());
    }
}
