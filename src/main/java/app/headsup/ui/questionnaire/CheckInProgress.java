package app.headsup.ui.questionnaire;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.stream.Stream;

/**
 * A check someone is part-way through: the answers of each person in it, the step they are on and how far
 * they have come. It is kept on the browser tab's UI, one per kind of check, so that a visit to another page
 * of the app (the oil checker, the start page) and back finds every answer where it was.
 */
public final class CheckInProgress {

    private final Class<?> kind;
    private final List<Answers> people;
    private int step;
    private int furthest;
    private boolean resultShown;
    private boolean resultReached;

    private CheckInProgress(Class<?> kind, int people) {
        this.kind = kind;
        this.people = Stream.generate(Answers::new).limit(people).toList();
    }

    /** The check of this kind in progress in this tab, or a new one for this many people. */
    public static CheckInProgress in(UI ui, Class<?> kind, int people) {
        var kept = ComponentUtil.getData(ui, key(kind));
        if (kept instanceof CheckInProgress progress && progress.people.size() == people) {
            return progress;
        }
        return startAgain(ui, kind, people);
    }

    /** Forgets the check of this kind in this tab and starts a new one. */
    public static CheckInProgress startAgain(UI ui, Class<?> kind, int people) {
        var progress = new CheckInProgress(kind, people);
        progress.keepIn(ui);
        return progress;
    }

    /**
     * Keeps this check on this UI. A reload of a page with {@code @PreserveOnRefresh} moves the page into a
     * new UI, so the page hands its check over when it is attached there.
     */
    public void keepIn(UI ui) {
        ComponentUtil.setData(ui, key(kind), this);
    }

    private static String key(Class<?> kind) {
        return CheckInProgress.class.getName() + ":" + kind.getName();
    }

    /** Which kind of check this is: the page it belongs to. */
    public String kind() {
        return kind.getSimpleName();
    }

    public Answers person(int index) {
        return people.get(index);
    }

    public int step() {
        return step;
    }

    /** The furthest step reached by answering; the address bar cannot skip past it. */
    public int furthest() {
        return furthest;
    }

    public boolean resultShown() {
        return resultShown;
    }

    /** Whether the result was reached by answering every step; only then may Forward go back to it. */
    public boolean resultReached() {
        return resultReached;
    }

    void movedTo(int index) {
        step = index;
        furthest = Math.max(furthest, index);
        resultShown = false;
    }

    void showedResult() {
        resultShown = true;
        resultReached = true;
    }
}
