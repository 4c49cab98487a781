package app.headsup.ui.check;

import app.headsup.rules.RuleEngine;
import app.headsup.screening.ScreeningService;
import app.headsup.ui.player.RoutinePlayer;
import app.headsup.ui.questionnaire.Answers;
import app.headsup.ui.questionnaire.CheckInProgress;
import app.headsup.ui.questionnaire.Questionnaire;
import app.headsup.ui.questionnaire.QuestionsThenResult;
import app.headsup.ui.questionnaire.Stepper;
import app.headsup.ui.questionnaire.StepsInHistory;
import app.headsup.ui.result.ResultPanel;
import app.headsup.words.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;

/**
 * Checks one massage: the questions one step at a time, then the result. The safety answer comes
 * from the screening service, never from this view.
 */
@Route("check")
@Menu(title = "One person", order = 2)
@AnonymousAllowed
@PreserveOnRefresh
@PageTitle("Check a massage · HeadsUp")
public class CheckView extends Main implements BeforeEnterObserver {

    private final RuleEngine engine;
    private final Clock clock;
    private final ScreeningService screenings;
    private Answers answers;
    private QuestionsThenResult page;
    private Stepper stepper;
    private StepsInHistory history;

    public CheckView(RuleEngine engine, ScreeningService screenings, Clock clock) {
        this.clock = clock;
        this.engine = engine;
        this.screenings = screenings;
        addClassName("headsup-page");
        start(CheckInProgress.in(UI.getCurrent(), CheckView.class, 1));
    }

    private void start(CheckInProgress check) {
        answers = check.person(0);
        var steps = Questionnaire.oneMassage(answers, engine.ruleSet().catalogues());
        // A "no" to consent ends gently, straight at the result.
        stepper = new Stepper(steps, this::showResult, step -> step == 0 && Boolean.FALSE.equals(answers.getConsent()));
        page = new QuestionsThenResult(new H1(Texts.english().get("check.heading")), stepper);
        page.offerStartAgain(() -> {
            start(CheckInProgress.startAgain(UI.getCurrent(), CheckView.class, 1));
            history.startedAgain();
        });
        history = new StepsInHistory(stepper, page, check, this::showResult);
        removeAll();
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        history.follow(event);
    }

    private void showResult() {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var screening = screenings.screen(answers.toRequest(vocabulary));
        var panel = new ResultPanel(screening, engine.ruleSet().catalogues(), clock);
        if (screening.routine() != null) {
            var routine = screening.routine();
            var play = new Button(Texts.english().get("check.start-routine"), e -> {
                var player = new RoutinePlayer(routine);
                player.offerBack(history::backFromRoutine);
                page.showResult(stepper, player);
                history.routineShown();
            });
            play.addThemeVariants(ButtonVariant.PRIMARY);
            page.showResult(stepper, panel, play);
        } else {
            page.showResult(stepper, panel);
        }
        history.resultShown();
    }
}
