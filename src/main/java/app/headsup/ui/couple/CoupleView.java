package app.headsup.ui.couple;

import app.headsup.rules.RuleEngine;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningService;
import app.headsup.ui.player.RoutinePlayer;
import app.headsup.ui.questionnaire.Answers;
import app.headsup.ui.questionnaire.CheckInProgress;
import app.headsup.ui.questionnaire.Questionnaire;
import app.headsup.ui.questionnaire.QuestionsThenResult;
import app.headsup.ui.questionnaire.Step;
import app.headsup.ui.questionnaire.Stepper;
import app.headsup.ui.questionnaire.StepsInHistory;
import app.headsup.ui.questionnaire.Who;
import app.headsup.ui.result.ResultPanel;
import app.headsup.words.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A couple trying this for the first time: each partner answers once about themselves, and the app
 * screens both directions (A massages B, B massages A), shown side by side.
 */
@Route("couple")
@Menu(title = "Couples", order = 1)
@AnonymousAllowed
@PageTitle("A couple's check · HeadsUp")
@PreserveOnRefresh
public class CoupleView extends Main implements BeforeEnterObserver {

    private static final Texts TEXTS = Texts.english();
    static final String A = TEXTS.get("couple.partner-a");
    static final String B = TEXTS.get("couple.partner-b");

    private final RuleEngine engine;
    private final Clock clock;
    private final ScreeningService screenings;
    private Answers partnerA;
    private Answers partnerB;
    private QuestionsThenResult page;
    private Stepper stepper;
    private StepsInHistory history;

    public CoupleView(RuleEngine engine, ScreeningService screenings, Clock clock) {
        this.clock = clock;
        this.engine = engine;
        this.screenings = screenings;
        addClassName("headsup-page");
        start(CheckInProgress.in(UI.getCurrent(), CoupleView.class, 2));
    }

    private void start(CheckInProgress check) {
        partnerA = check.person(0);
        partnerB = check.person(1);
        var catalogues = engine.ruleSet().catalogues();
        var steps = new ArrayList<Supplier<Step>>();
        steps.addAll(aboutOneself(partnerA, A));
        steps.addAll(aboutOneself(partnerB, B));
        var both = List.of(partnerA, partnerB);
        steps.add(() -> Questionnaire.oils(catalogues.oils(), both, List.of(A, B), both));
        steps.add(() -> Questionnaire.routine(catalogues.vocabulary(), both));
        stepper = new Stepper(steps, this::showResult, step -> false);
        // The two results side by side need the width; the questions do not.
        stepper.onMove(step -> removeClassName("wide"));
        page = new QuestionsThenResult(
                new H1(TEXTS.get("couple.heading")), new Paragraph(TEXTS.get("couple.intro", A, B)), stepper);
        page.offerStartAgain(() -> {
            start(CheckInProgress.startAgain(UI.getCurrent(), CoupleView.class, 2));
            history.startedAgain();
        });
        history = new StepsInHistory(stepper, page, check, this::showResult);
        removeAll();
        removeClassName("wide");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        history.follow(event);
    }

    private List<Supplier<Step>> aboutOneself(Answers answers, String name) {
        var questions = new Questionnaire(answers, engine.ruleSet().catalogues().vocabulary(), Who.partner(name));
        return List.of(
                questions::consent,
                questions::aboutReceiver,
                questions::health,
                questions::allergies,
                questions::areas,
                questions::hands);
    }

    /** One direction's result, with a button to play its routine when it has one. */
    private Div direction(String id, String giver, String receiver, Screening screening, Screening other) {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var column = new Div(
                new H2(TEXTS.get("couple.direction", giver, receiver)),
                new ResultPanel(screening, engine.ruleSet().catalogues(), clock));
        column.setId(id);
        if (screening.routine() != null) {
            var play = new Button(
                    TEXTS.get("couple.start", giver, receiver), e -> play(screening, giver, receiver, other));
            play.addThemeVariants(ButtonVariant.PRIMARY);
            column.add(play);
        }
        return column;
    }

    /** Plays one direction's routine; when the other direction has one too, its end offers a swap. */
    private void play(Screening screening, String giver, String receiver, @Nullable Screening other) {
        var player = new RoutinePlayer(screening.routine(), TEXTS.get("couple.direction", giver, receiver));
        player.offerBack(history::backFromRoutine);
        if (other != null && other.routine() != null) {
            player.offerSwap(TEXTS.get("couple.swap", receiver, giver), () -> play(other, receiver, giver, screening));
        }
        page.showResult(stepper, player);
        history.routineShown();
        removeClassName("wide");
    }

    private void showResult() {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var aGives = screenings.screen(partnerB.receivingFrom(partnerA, vocabulary));
        var bGives = screenings.screen(partnerA.receivingFrom(partnerB, vocabulary));
        var first = direction("a-massages-b", A, B, aGives, bGives);
        var second = direction("b-massages-a", B, A, bGives, aGives);
        var sideBySide = new Div(first, second);
        sideBySide.addClassName("side-by-side");
        page.showResult(stepper, sideBySide);
        addClassName("wide");
        history.resultShown();
    }
}
