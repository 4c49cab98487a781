package app.headsup.ui.prefill;

import app.headsup.catalogue.Vocabulary;
import app.headsup.intake.prefill.PrefillDraft;
import app.headsup.intake.prefill.PrefillException;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.prefill.PrefillLinks.LinkForClient;
import app.headsup.rules.RuleEngine;
import app.headsup.ui.questionnaire.Answers;
import app.headsup.ui.questionnaire.Questionnaire;
import app.headsup.ui.questionnaire.Stepper;
import app.headsup.ui.questionnaire.Who;
import app.headsup.words.Texts;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The questionnaire a client fills at home from their therapist's link, without an account. Every
 * answer and every step they move to saves the answers with the link, so closing the page, a
 * timeout or another device carries on where they were. No verdict here: the therapist goes through it with them.
 */
@Route(value = "prefill", layout = PrefillLayout.class)
@AnonymousAllowed
@PreserveOnRefresh
@PageTitle("Before your session · HeadsUp")
public class PrefillView extends Main implements HasUrlParameter<String>, BeforeEnterObserver {

    private static final Texts TEXTS = Texts.english();

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PrefillLinks links;
    private final RuleEngine engine;
    private final Clock clock;
    private final Paragraph saved = new Paragraph();
    private String token = "";
    private boolean built;

    public PrefillView(PrefillLinks links, RuleEngine engine, Clock clock) {
        this.links = links;
        this.engine = engine;
        this.clock = clock;
        addClassName("headsup-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        this.token = token;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        // While the rules are down nothing is opened: the page says the check is unavailable.
        engine.requireUp();
        built = true;
        var link = links.open(token);
        if (link.isEmpty()) {
            stop(TEXTS.get("prefill.invalid"), TEXTS.get("prefill.invalid.text"));
            return;
        }
        switch (link.get().state()) {
            case COMPLETED -> stop(TEXTS.get("prefill.sent"), TEXTS.get("prefill.sent.text"));
            case EXPIRED ->
                stop(
                        TEXTS.get("prefill.expired"),
                        TEXTS.get("prefill.expired.text", DAY.format(link.get().expiresAt())));
            default -> questions(link.get());
        }
    }

    private void questions(LinkForClient link) {
        Vocabulary vocabulary = engine.ruleSet().catalogues().vocabulary();
        var draft = link.draft();
        var answers = draft == null
                ? new Answers()
                : Answers.resumed(draft.answers(), draft.consent(), vocabulary, draft.step());
        if (draft == null || answers.getAgeYears() == null || answers.getAgeYears() == 0) {
            answers.setAgeYears(link.ageYears());
        }
        var intro = new Paragraph(TEXTS.get("prefill.intro", link.therapistName(), DAY.format(link.expiresAt())));
        var steps = Questionnaire.aboutThemselves(answers, vocabulary, Who.CLIENT);
        // "Send" is on the last step, so that is where a sent draft was.
        var stepper = new Stepper(steps, () -> send(link, draft(answers, vocabulary, steps.size() - 1)), step -> false);
        stepper.setFinishLabel(TEXTS.get("prefill.send", link.therapistName()));
        if (draft != null) {
            stepper.show(draft.step());
        }
        stepper.onMove(step -> save(draft(answers, vocabulary, step)));
        stepper.onAnswer(() -> save(draft(answers, vocabulary, stepper.current())));
        saved.setId("saved");
        saved.getElement().setAttribute("aria-live", "polite");
        add(new H1(TEXTS.get("prefill.heading")), intro, saved, stepper);
    }

    private static PrefillDraft draft(Answers answers, Vocabulary vocabulary, int step) {
        return new PrefillDraft(answers.toRequest(vocabulary), answers.getConsent(), step);
    }

    private void save(PrefillDraft draft) {
        try {
            links.saveDraft(token, draft);
            // In the practice's time, said as such: the same clock the therapist's pages show.
            saved.setText(TEXTS.get("prefill.saved", SAVED_AT.format(clock.instant())));
        } catch (PrefillException problem) {
            stop(TEXTS.get("prefill.not-saved"), problem.getMessage());
        }
    }

    private void send(LinkForClient link, PrefillDraft draft) {
        try {
            links.complete(token, draft);
            stop(TEXTS.get("prefill.thanks"), TEXTS.get("prefill.thanks.text", link.therapistName()));
        } catch (PrefillException problem) {
            stop(TEXTS.get("prefill.not-sent"), problem.getMessage());
        }
    }

    private void stop(String heading, String text) {
        removeAll();
        var message = new Paragraph(text);
        message.setId("prefill-message");
        add(new H1(heading), message);
    }
}
