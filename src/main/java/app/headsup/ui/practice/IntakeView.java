package app.headsup.ui.practice;

import app.headsup.intake.record.Confirmation;
import app.headsup.intake.record.IntakeDraft;
import app.headsup.intake.record.IntakeDrafts;
import app.headsup.intake.record.IntakeException;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.Signing;
import app.headsup.rules.RuleEngine;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.ScreeningService;
import app.headsup.ui.questionnaire.Answers;
import app.headsup.ui.questionnaire.Questionnaire;
import app.headsup.ui.questionnaire.QuestionsThenResult;
import app.headsup.ui.questionnaire.Stepper;
import app.headsup.ui.result.ResultPanel;
import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pre-session intake for one client: the same questionnaire as the public check (age from the
 * date of birth), the result, then the client's confirmation, which signs and stores it. Where it
 * starts (a first or returning visit, a pre-fill to review, a correction) is the service's decision
 * ({@link IntakeDrafts}); this page shows it.
 */
@Route("practice/intake")
@PageTitle("Intake · HeadsUp")
@RolesAllowed("THERAPIST")
@PreserveOnRefresh
public class IntakeView extends Main implements HasUrlParameter<Long>, BeforeEnterObserver {

    /** The query parameter naming a completed pre-fill link to start from. */
    private static final Texts TEXTS = Texts.english();

    static final String PREFILL = "prefill";
    /** The query parameter naming a signed intake that this one corrects. */
    static final String CORRECTS = "corrects";

    private final IntakeDrafts drafts;
    private final Intakes intakes;
    private final ScreeningService screenings;
    private final RuleEngine engine;
    private final SignedIn signedIn;
    private final Clock clock;
    /** One per opened form: submitting it twice stores one intake. */
    private final String submissionKey = UUID.randomUUID().toString();

    private long clientId;
    private @Nullable Long prefillLinkId;
    private @Nullable Long corrects;
    private @Nullable IntakeDraft draft;
    private @Nullable QuestionsThenResult page;
    private @Nullable Stepper stepper;

    public IntakeView(
            IntakeDrafts drafts,
            Intakes intakes,
            ScreeningService screenings,
            RuleEngine engine,
            SignedIn signedIn,
            Clock clock) {
        this.clock = clock;
        this.drafts = drafts;
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
        prefillLinkId = QueryIds.of(query, PREFILL);
        corrects = QueryIds.of(query, CORRECTS);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (draft == null) {
            draft = drafts.start(signedIn.account(), clientId, prefillLinkId, corrects)
                    .orElseThrow(NotFoundException::new);
            show(draft);
        }
    }

    private void show(IntakeDraft draft) {
        var catalogues = engine.ruleSet().catalogues();
        var vocabulary = catalogues.vocabulary();
        var answers = draft.start() == IntakeDraft.Start.FIRST_VISIT
                ? new Answers()
                : Answers.from(draft.answers(), draft.consent(), vocabulary);
        answers.setAgeYears(draft.answers().receiver().ageYears());
        String name = draft.client().fullName();
        var top = new ArrayList<Component>();
        switch (draft.start()) {
            case FIRST_VISIT -> top.add(new H1(TEXTS.get("intake.heading", name)));
            case RETURN_VISIT -> {
                // The button is the client's "yes" for today, so the request says so; the consent question
                // itself stays unanswered in case the answers are changed after all.
                var unchanged = new Button(
                        TEXTS.get("intake.unchanged"),
                        e -> showResult(answers.toRequest(vocabulary).withConsent(true)));
                unchanged.setId("nothing-changed");
                top.add(new H1(TEXTS.get("intake.heading", name)));
                top.add(new Paragraph(TEXTS.get("intake.return-visit", signedOn(draft))));
                top.add(unchanged);
            }
            case PREFILL_REVIEW -> {
                var result = new Button(TEXTS.get("intake.see-result"), e -> showResult(answers.toRequest(vocabulary)));
                result.setId("prefill-result");
                result.addThemeVariants(ButtonVariant.PRIMARY);
                top.add(new H1(TEXTS.get("intake.review", name)));
                top.add(new Paragraph(TEXTS.get("intake.prefill-review")));
                top.add(result);
            }
            case CORRECTION -> {
                top.add(new H1(TEXTS.get("intake.correction", name)));
                top.add(new Paragraph(TEXTS.get("intake.correcting", signedOn(draft))));
            }
        }
        stepper = new Stepper(
                Questionnaire.oneMassage(answers, catalogues),
                () -> showResult(answers.toRequest(vocabulary)),
                step -> false);
        top.add(stepper);
        page = new QuestionsThenResult(top.toArray(Component[]::new));
        add(page);
    }

    private static String signedOn(IntakeDraft draft) {
        return draft.previousSigned() == null ? "" : IntakeRecordView.WHEN.format(draft.previousSigned());
    }

    private void showResult(ScreeningRequest request) {
        Screening screening = screenings.screen(request);
        page.showResult(
                stepper,
                changes(request),
                new ResultPanel(screening, engine.ruleSet().catalogues(), clock),
                confirmation(request));
    }

    /** Every answer that differs from the last intake (or the one corrected), for the client to check. */
    private Div changes(ScreeningRequest request) {
        var box = new Div();
        box.setId("changes");
        if (draft.previous() == null) {
            return box;
        }
        var changes = drafts.changes(draft, request);
        box.add(new H2(
                draft.start() == IntakeDraft.Start.CORRECTION
                        ? TEXTS.get("intake.changed-from-corrected")
                        : TEXTS.get("intake.changed-since-last")));
        if (changes.isEmpty()) {
            box.add(new Paragraph(TEXTS.get("intake.nothing-changed")));
        } else {
            var list = new UnorderedList();
            changes.forEach(change -> list.add(new ListItem(change)));
            box.add(list);
        }
        return box;
    }

    /** The client reads the result, confirms, agrees to storage and types their name: that signs it. */
    private Div confirmation(ScreeningRequest request) {
        var confirmed = new Checkbox(TEXTS.get("intake.confirm"));
        var consent = new Checkbox(TEXTS.get("intake.consent"));
        var name = new TextField(TEXTS.get("intake.type-name"));
        name.setWidthFull();
        var message = new Paragraph();
        message.setId("sign-message");
        // What the message said was about the form before this change: it goes, rather than stay untrue.
        confirmed.addValueChangeListener(e -> message.setText(""));
        consent.addValueChangeListener(e -> message.setText(""));
        name.addValueChangeListener(e -> message.setText(""));
        var sign = new Button(TEXTS.get("intake.sign"), e -> {
            try {
                var confirmation = new Confirmation(name.getValue(), confirmed.getValue(), consent.getValue());
                var signing = Signing.of(clientId, request, confirmation, submissionKey)
                        .correcting(draft.corrects())
                        .fromPrefill(prefillLinkId);
                var intake = intakes.sign(signedIn.account(), signing);
                getUI().ifPresent(ui -> ui.navigate(IntakeRecordView.class, intake.id()));
            } catch (IntakeException problem) {
                message.setText(problem.getMessage());
            }
        });
        sign.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(new H2(TEXTS.get("intake.confirm-and-sign")), confirmed, consent, name, sign, message);
        form.addClassNames("card", "practice-form");
        form.setId("confirmation");
        return form;
    }
}
