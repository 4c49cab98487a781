package app.headsup.ui.practice;

import app.headsup.catalogue.Vocabulary;
import app.headsup.intake.client.Clients;
import app.headsup.intake.record.AnswersInWords;
import app.headsup.intake.record.IntakeException;
import app.headsup.intake.record.IntakeNote;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.StoredIntake;
import app.headsup.rules.RuleEngine;
import app.headsup.screening.Verdict;
import app.headsup.ui.result.ResultPanel;
import app.headsup.words.Texts;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A signed intake as stored: who confirmed it and when, the rule-set version it was screened with,
 * the result exactly as it was then, and the notes and clearances added since. Read-only: notes are
 * added beside it, never into it.
 */
@Route("practice/intakes")
@PageTitle("Signed intake · HeadsUp")
@RolesAllowed("THERAPIST")
public class IntakeRecordView extends Main implements HasUrlParameter<Long>, BeforeEnterObserver {

    private static final Texts TEXTS = Texts.english();

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Intakes intakes;
    private final Clients clients;
    private final SignedIn signedIn;
    private final RuleEngine engine;
    private final Clock clock;
    private long intakeId;

    public IntakeRecordView(Intakes intakes, Clients clients, SignedIn signedIn, RuleEngine engine, Clock clock) {
        this.clock = clock;
        this.intakes = intakes;
        this.clients = clients;
        this.signedIn = signedIn;
        this.engine = engine;
        addClassName("headsup-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        intakeId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(intakes.open(signedIn.account(), intakeId).orElseThrow(NotFoundException::new));
    }

    private void show(StoredIntake stored) {
        removeAll();
        var intake = stored.intake();
        var client = clients.find(signedIn.account(), intake.clientId()).orElseThrow(NotFoundException::new);
        // The date and time kept on one line: on a phone "2026-12-" and "03" must not part.
        var when = new Span(WHEN.format(intake.confirmedAt()));
        when.addClassName("nowrap");
        var signed = new Paragraph(
                new Text(TEXTS.get("record-view.signed-by", intake.confirmedName())),
                when,
                new Text(
                        engine.isUp() && !engine.ruleSet().version().equals(intake.ruleSetVersion())
                                ? TEXTS.get(
                                        "record-view.screened-with-changed",
                                        intake.ruleSetVersion(),
                                        engine.ruleSet().version())
                                : TEXTS.get("record-view.screened-with", intake.ruleSetVersion())));
        signed.setId("signed");
        add(
                new RouterLink(TEXTS.get("record-view.back", client.fullName()), ClientView.class, client.id()),
                new H1(TEXTS.get("record-view.heading")),
                signed);
        var pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = intakes.pdf(signedIn.account(), intake.id()).orElseThrow(NotFoundException::new);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "intake-" + intake.id() + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                TEXTS.get("record-view.pdf"));
        pdf.setId("pdf");
        var actions = new Div(pdf);
        actions.addClassNames("step-buttons", "record-actions");
        add(actions);
        // A stored record shows what was saved: it opens with the catalogues even while the rules are down.
        var catalogues = engine.catalogues();
        var changes = intakes.changesSincePrevious(signedIn.account(), stored, catalogues.vocabulary());
        if (!changes.isEmpty()) {
            var list = new UnorderedList();
            list.setId("changes-since-last");
            changes.forEach(change -> list.add(new ListItem(change)));
            var box = new Div(new H2(TEXTS.get("record-view.changes")), list);
            box.addClassName("card");
            add(box);
        }
        corrections(stored, actions);
        add(answers(stored, catalogues.vocabulary()));
        add(new ResultPanel(stored.result(), catalogues, clock));
        add(notes(stored));
    }

    /** What the client answered, as signed: the result below follows from these lines. */
    private static Div answers(StoredIntake stored, Vocabulary vocabulary) {
        var list = new UnorderedList();
        AnswersInWords.of(stored.request(), vocabulary).forEach(line -> list.add(new ListItem(line)));
        var box = new Div(new H2(TEXTS.get("record-view.answers")), list);
        box.addClassName("card");
        box.setId("answers");
        return box;
    }

    /** Which intake this one corrects, or which later one corrects it: a correction never overwrites. */
    private void corrections(StoredIntake stored, Div actions) {
        var intake = stored.intake();
        if (intake.correctsId() != null) {
            var link = new RouterLink(TEXTS.get("record-view.corrects"), IntakeRecordView.class, intake.correctsId());
            link.setId("corrects");
            add(new Paragraph(link));
        }
        var later = intakes.correctionOf(signedIn.account(), intake.id());
        if (later.isPresent()) {
            var link = new RouterLink(
                    TEXTS.get(
                            "record-view.corrected-by", WHEN.format(later.get().confirmedAt())),
                    IntakeRecordView.class,
                    later.get().id());
            link.setId("corrected-by");
            var box = new Paragraph(link);
            box.addClassName("card");
            add(box);
        }
        var correct = new Button(
                TEXTS.get("record-view.correct"),
                e -> getUI().ifPresent(ui -> ui.navigate(
                        IntakeView.class,
                        intake.clientId(),
                        QueryParameters.of(IntakeView.CORRECTS, String.valueOf(intake.id())))));
        correct.setId("correct");
        correct.addThemeVariants(ButtonVariant.TERTIARY);
        actions.add(correct);
    }

    private Div notes(StoredIntake stored) {
        var list = new UnorderedList();
        list.setId("notes");
        for (IntakeNote note : stored.notes()) {
            list.add(new ListItem(TEXTS.get("record-view.note", note.heading(WHEN), note.text())));
        }
        var text = new TextArea(TEXTS.get("record-view.add-note"));
        text.setMaxLength(Intakes.NOTE_LIMIT);
        text.setWidthFull();
        // The limit said as the person types (a longer paste is cut at it by the browser, so say so there).
        text.setValueChangeMode(ValueChangeMode.EAGER);
        String clearanceHint =
                stored.intake().verdict() == Verdict.SEE_DOCTOR_FIRST ? TEXTS.get("record-view.clearance-hint") : "";
        text.setHelperText(clearanceHint + length(0));
        text.addValueChangeListener(
                e -> text.setHelperText(clearanceHint + length(e.getValue().length())));
        var message = new Paragraph();
        message.setId("note-message");
        var box = new Div(new H2(TEXTS.get("record-view.notes")), list, text);
        box.addClassName("card");
        var buttons = new Div(new Button(
                TEXTS.get("record-view.add-session-note"),
                e -> save(
                        stored,
                        message,
                        () -> intakes.addNote(
                                signedIn.account(), stored.intake().id(), text.getValue()))));
        buttons.addClassName("step-buttons");
        if (stored.intake().verdict() == Verdict.SEE_DOCTOR_FIRST) {
            var day = new DatePicker(TEXTS.get("record-view.clearance-day"));
            day.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
            day.setMax(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            day.setWidthFull();
            box.add(day);
            buttons.add(new Button(
                    TEXTS.get("record-view.record-clearance"),
                    e -> save(
                            stored,
                            message,
                            () -> intakes.recordClearance(
                                    signedIn.account(), stored.intake().id(), day.getValue(), text.getValue()))));
        }
        box.add(buttons);
        box.add(message);
        return box;
    }

    private static String length(int characters) {
        return TEXTS.get(
                characters >= Intakes.NOTE_LIMIT ? "record-view.length-full" : "record-view.length",
                characters,
                Intakes.NOTE_LIMIT);
    }

    private void save(StoredIntake stored, Paragraph message, Runnable note) {
        try {
            note.run();
            show(intakes.find(signedIn.account(), stored.intake().id()).orElseThrow(NotFoundException::new));
        } catch (IntakeException problem) {
            message.setText(problem.getMessage());
        }
    }
}
