package app.headsup.ui.questionnaire;

import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;

/**
 * The questions, then the result in their place, with a way back to the answers as they were: the
 * questions are hidden while the result shows, and the step comes back built from the answers.
 */
public class QuestionsThenResult extends Div {

    private final Div questions = new Div();
    private final Div result = new Div();
    private @Nullable Button startAgain;

    public QuestionsThenResult(Component... questionContent) {
        questions.add(questionContent);
        result.setVisible(false);
        add(questions, result);
    }

    /** Shows the result; "Change answers" goes back to the step the person left. */
    public void showResult(Stepper stepper, Component... content) {
        result.removeAll();
        result.add(content);
        var changeAnswers = new Button(Texts.english().get("check.change-answers"), e -> {
            showQuestions();
            stepper.show(stepper.current());
        });
        var actions = startAgain == null ? new Div(changeAnswers) : new Div(changeAnswers, startAgain);
        actions.addClassNames("step-buttons", "result-actions");
        result.add(actions);
        questions.setVisible(false);
        result.setVisible(true);
    }

    /** Hides the result and shows the questions at the step they are on. */
    public void showQuestions() {
        result.setVisible(false);
        questions.setVisible(true);
    }

    public boolean showingResult() {
        return result.isVisible();
    }

    /** Offers "Start again" beside "Change answers": a new, empty check for someone else. */
    public void offerStartAgain(Runnable start) {
        startAgain = new Button(Texts.english().get("check.start-again"), e -> start.run());
    }
}
