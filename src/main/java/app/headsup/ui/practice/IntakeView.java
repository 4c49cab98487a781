package app.headsup.ui.practice;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import app.headsup.intake.client.Client;
import app.headsup.intake.client.Clients;
import app.headsup.intake.prefill.PrefillDraft;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.record.AnswerChanges;
import app.headsup.intake.record.Confirmation;
import app.headsup.intake.record.IntakeException;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.StoredIntake;
import app.headsup.rules.RuleEngine;
import app.headsup.rules.RulesUnavailableException;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.ScreeningService;
import app.headsup.ui.check.Answers;
import app.headsup.ui.check.Questionnaire;
import app.headsup.ui.check.QuestionsThenResult;
import app.headsup.ui.check.Stepper;
import app.headsup.ui.result.ResultPanel;
import app.headsup.ui.unavailable.UnavailableView;

/**
 * A pre-session intake for one client: the same questionnaire as the public check (age from the
 * date of birth), the result, then the client's confirmation, which signs and stores it.
 */
@Route(value = "practice/intake", layout = PracticeLayout.class)
@PageTitle("Intake · HeadsUp")
@RolesAllowed("THERAPIST")
@PreserveOnRefresh
public class IntakeView extends Main implements HasUrlParameter<Long>, BeforeEnterObserver {

    /** The query parameter naming a completed pre-fill link to start from. */
    static final String PREFILL = "prefill";
    /** The query parameter naming a signed intake that this one corrects. */
    static final String CORRECTS = "corrects";

    private final Clients clients;
    private final Intakes intakes;
    private final ScreeningService screenings;
    private final RuleEngine engine;
    private final PrefillLinks prefillLinks;
    private final SignedIn signedIn;
    /** One per opened form: submitting it twice stores one intake. */
    private final String submissionKey = UUID.randomUUID().toString();
    private long clientId;
    private @Nullable Long prefillLinkId;
    private @Nullable Long corrects;
    private boolean built;
    private QuestionsThenResult page;
    private Stepper stepper;
    private @Nullable ScreeningRequest previous;
    private String changesTitle = "Changed since the last intake";

    public IntakeView(Clients clients, Intakes intakes, ScreeningService screenings, RuleEngine engine,
            PrefillLinks prefillLinks, SignedIn signedIn) {
        this.clients = clients;
        this.prefillLinks = prefillLinks;
        this.intakes = intakes;
        this.screenings = screenings;
        this.engine = engine;
        this.signedIn = signedIn;
        addClassName("headsup-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        clientId = id;
        var query = event.getLocation().getQueryParameters();
        prefillLinkId = id(query, PREFILL);
        corrects = id(query, CORRECTS);
    }

    /** A record id from the query; anything else in it is ignored, as if not given. */
    private static @Nullable Long id(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf)
                .orElse(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!engine.isUp()) {
            event.forwardTo(UnavailableView.class);
            return;
        }
        var client = clients.find(signedIn.account(), clientId).orElseThrow(NotFoundException::new);
        if (!built) {
            if (corrects != null) {
                var old = intakes.find(signedIn.account(), corrects).filter(o -> o.intake().clientId() == clientId)
                        .orElseThrow(NotFoundException::new);
                correct(client, old);
            } else if (prefillLinkId == null) {
                build(client);
            } else {
                var sent = prefillLinks.completedAnswers(signedIn.account(), client.id(), prefillLinkId)
                        .orElseThrow(NotFoundException::new);
                review(client, sent);
            }
            built = true;
        }
    }

    /**
     * A returning client starts from their last intake's answers (consent is always asked again, and
     * the age is today's); "Nothing has changed" goes straight to the result.
     */
    private void build(Client client) {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var last = intakes.latest(signedIn.account(), client.id());
        previous = last.map(StoredIntake::request).orElse(null);
        var answers = previous == null ? new Answers() : Answers.from(previous, null, vocabulary);
        answers.setAgeYears(client.ageOn(LocalDate.now(ZoneOffset.UTC)));
        if (previous == null) {
            start(client, answers, new H1("Intake: " + client.fullName()));
        } else {
            // The button is the client's "yes" for today, so the request says so; the consent question
            // itself stays unanswered in case the answers are changed after all.
            var unchanged = new Button("Nothing has changed since last time", e -> {
                var same = answers.toRequest(vocabulary);
                showResult(client, new ScreeningRequest(true, same.receiver(), same.giver(), same.oils(),
                        same.patchTested(), same.routine()));
            });
            unchanged.setId("nothing-changed");
            var note = new Paragraph("The answers start from the last intake, signed "
                    + IntakeRecordView.WHEN.format(last.get().intake().confirmedAt()) + ". Change what is different, "
                    + "or, if the client wants the massage today and nothing has changed:");
            start(client, answers, new H1("Intake: " + client.fullName()), note, unchanged);
        }
    }

    /**
     * The answers the client sent from home, to go through together: they can be changed step by step,
     * or looked at as a result straight away. The client still confirms and signs here, in person.
     */
    private void review(Client client, PrefillDraft sent) {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        previous = intakes.latest(signedIn.account(), client.id()).map(StoredIntake::request).orElse(null);
        var answers = Answers.from(sent.answers(), sent.consent(), vocabulary);
        answers.setAgeYears(client.ageOn(LocalDate.now(ZoneOffset.UTC)));
        var result = new Button("See the result of the client's answers",
                e -> showResult(client, answers.toRequest(vocabulary)));
        result.setId("prefill-result");
        result.addThemeVariants(ButtonVariant.PRIMARY);
        var note = new Paragraph("These are the answers the client sent from home. Go through them together and "
                + "change what is different today, or look at the result first:");
        start(client, answers, new H1("Review: " + client.fullName()), note, result);
    }

    /**
     * A correction starts from the intake being corrected, exactly as it was signed (its consent too),
     * and is signed as a new intake pointing at it; the old one stays as it was.
     */
    private void correct(Client client, StoredIntake old) {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        previous = old.request();
        changesTitle = "Changed from the intake being corrected";
        var answers = Answers.from(old.request(), old.request().consent(), vocabulary);
        var note = new Paragraph("Correcting the intake signed " + IntakeRecordView.WHEN.format(
                old.intake().confirmedAt()) + ". Change what was recorded wrongly; the client signs the "
                + "correction, and the first intake stays on record, marked as corrected.");
        start(client, answers, new H1("Correction: " + client.fullName()), note);
    }

    /** The questionnaire on these answers, below what the page says first; it ends at the result. */
    private void start(Client client, Answers answers, Component... top) {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var steps = Questionnaire.oneMassage(answers, engine.ruleSet().catalogues());
        stepper = new Stepper(steps, () -> showResult(client, answers.toRequest(vocabulary)), step -> false);
        var content = new ArrayList<Component>(List.of(top));
        content.add(stepper);
        page = new QuestionsThenResult(content.toArray(Component[]::new));
        add(page);
    }

    private void showResult(Client client, ScreeningRequest request) {
        try {
            var vocabulary = engine.ruleSet().catalogues().vocabulary();
            Screening screening = screenings.screen(request);
            page.showResult(stepper, changes(request), new ResultPanel(screening, engine.ruleSet().catalogues()),
                    confirmation(client, request));
        } catch (RulesUnavailableException e) {
            getUI().ifPresent(ui -> ui.navigate(UnavailableView.class));
        }
    }

    /** Every answer that differs from the last intake, before and after, for the client to check. */
    private Div changes(ScreeningRequest request) {
        var box = new Div();
        box.setId("changes");
        if (previous == null) {
            return box;
        }
        var changes = AnswerChanges.between(previous, request, engine.ruleSet().catalogues().vocabulary());
        box.add(new H2(changesTitle));
        if (changes.isEmpty()) {
            box.add(new Paragraph("Nothing."));
        } else {
            var list = new UnorderedList();
            changes.forEach(change -> list.add(new ListItem(change)));
            box.add(list);
        }
        return box;
    }

    /** The client reads the result, confirms, agrees to storage and types their name: that signs it. */
    private Div confirmation(Client client, ScreeningRequest request) {
        var confirmed = new Checkbox("I, the client, confirm that these answers are mine and right");
        var consent = new Checkbox("I agree that my answers and this result are stored for my therapist's records");
        var name = new TextField("Client: type your full name to sign");
        name.setWidthFull();
        var message = new Paragraph();
        message.setId("sign-message");
        var sign = new Button("Sign and save", e -> {
            try {
                var intake = intakes.sign(signedIn.account(), client.id(), request,
                        new Confirmation(name.getValue(), confirmed.getValue(), consent.getValue()), submissionKey,
                        corrects);
                getUI().ifPresent(ui -> ui.navigate(IntakeRecordView.class, intake.id()));
            } catch (IntakeException problem) {
                message.setText(problem.getMessage());
            } catch (RulesUnavailableException problem) {
                getUI().ifPresent(ui -> ui.navigate(UnavailableView.class));
            }
        });
        sign.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(new H2("Confirm and sign"), confirmed, consent, name, sign, message);
        form.addClassNames("card", "practice-form");
        form.setId("confirmation");
        return form;
    }
}
