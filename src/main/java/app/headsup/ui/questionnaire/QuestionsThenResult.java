package app.headsup.ui.questionnaire;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * The questions, then the result in their place, with a way back to the answers as they were:
 * the questions are hidden, never rebuilt, so nothing is lost.
 */
public class QuestionsThenResult extends Div {

    private final Div questions = new Div();
    private final Div result = new Div();

    public QuestionsThenResult(Component... questionContent) {
        questions.add(questionContent);
        result.setVisible(false);
        add(questions, result);
    }

    /** Shows the result; "Change answers" goes back to the step the person left. */
    public void showResult(Stepper stepper, Component... content) {
        result.removeAll();
        result.add(content);
        result.add(new Button("Change answers", e -> {
            result.setVisible(false);
            questions.setVisible(true);
            stepper.show(stepper.current());
        }));
        questions.setVisible(false);
        result.setVisible(true);
    }
}
