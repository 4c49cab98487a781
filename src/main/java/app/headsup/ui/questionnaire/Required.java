package app.headsup.ui.questionnaire;

import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Safety questions start with nothing chosen, so that a hurried person cannot click through on a
 * pre-set "no". A question marked required must be answered before Next moves on; the unanswered ones
 * are marked with a message and the first is scrolled into view.
 */
final class Required {

    static final String MESSAGE = Texts.english().get("check.required");

    private Required() {}

    static void mark(RadioButtonGroup<?> question) {
        question.setRequiredIndicatorVisible(true);
        question.setErrorMessage(MESSAGE);
    }

    /** Whether every required question the person can see in {@code content} has an answer. */
    static boolean allAnswered(Component content) {
        var unanswered = questionsIn(content).stream()
                .filter(q -> q.isRequiredIndicatorVisible() && q.isEmpty())
                .toList();
        unanswered.forEach(q -> q.setInvalid(true));
        if (!unanswered.isEmpty()) {
            unanswered.getFirst().scrollIntoView();
        }
        return unanswered.isEmpty();
    }

    /** The visible radio-button questions in {@code content}, at any depth. */
    static List<RadioButtonGroup<?>> questionsIn(Component content) {
        var found = new ArrayList<RadioButtonGroup<?>>();
        collect(content, found);
        return found;
    }

    private static void collect(Component component, List<RadioButtonGroup<?>> found) {
        if (!component.isVisible()) {
            return;
        }
        if (component instanceof RadioButtonGroup<?> question) {
            found.add(question);
        }
        component.getChildren().forEach(child -> collect(child, found));
    }
}
