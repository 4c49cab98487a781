package app.headsup.ui.practice;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import app.headsup.intake.client.Clients;
import app.headsup.intake.record.IntakeException;
import app.headsup.intake.record.IntakeNote;
import app.headsup.intake.record.IntakePdf;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.StoredIntake;
import app.headsup.rules.RuleEngine;
import app.headsup.screening.Verdict;
import app.headsup.ui.result.ResultPanel;

/**
 * A signed intake as stored: who confirmed it and when, the rule-set version it was screened with,
 * the result exactly as it was then, and the notes and clearances added since. Read-only: notes are
 * added beside it, never into it.
 */
@Route(value = "practice/intakes", layout = PracticeLayout.class)
@PageTitle("Signed intake · HeadsUp")
@RolesAllowed("THERAPIST")
public class IntakeRecordView extends Main implements HasUrlParameter<Long>, BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Intakes intakes;
    private final Clients clients;
    private final SignedIn signedIn;
    private final RuleEngine engine;
    private final IntakePdf pdf;
    private long intakeId;

    public IntakeRecordView(Intakes intakes, Clients clients, SignedIn signedIn, RuleEngine engine, IntakePdf pdf) {
        this.pdf = pdf;
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
        show(intakes.find(signedIn.account(), intakeId).orElseThrow(NotFoundException::new));
    }

    private void show(StoredIntake stored) {
        removeAll();
        var intake = stored.intake();
        var client = clients.find(signedIn.account(), intake.clientId()).orElseThrow(NotFoundException::new);
        var signed = new Paragraph("Signed by " + intake.confirmedName() + " on " + WHEN.format(intake.confirmedAt())
                + ", with consent to storing it. Screened with rule set " + intake.ruleSetVersion()
                + (engine.isUp() && !engine.ruleSet().version().equals(intake.ruleSetVersion())
                        ? " (the rules have changed since: " + engine.ruleSet().version() + ")" : "") + ".");
        signed.setId("signed");
        add(new RouterLink("← " + client.fullName(), ClientView.class, client.id()), new H1("Signed intake"), signed);
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = this.pdf.render(client, stored);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "intake-" + intake.id() + ".pdf",
                    "application/pdf", bytes.length);
        }), "Download PDF");
        pdf.setId("pdf");
        add(pdf);
        var changes = intakes.changesSincePrevious(signedIn.account(), stored,
                engine.ruleSet().catalogues().vocabulary());
        if (!changes.isEmpty()) {
            var list = new UnorderedList();
            list.setId("changes-since-last");
            changes.forEach(change -> list.add(new ListItem(change)));
            var box = new Div(new H2("What changed since last time"), list);
            box.addClassName("card");
            add(box);
        }
        add(new ResultPanel(stored.result(), engine.ruleSet().catalogues().vocabulary()));
        add(notes(stored));
    }

    private Div notes(StoredIntake stored) {
        var list = new UnorderedList();
        list.setId("notes");
        for (IntakeNote note : stored.notes()) {
            list.add(new ListItem((note.kind() == IntakeNote.Kind.CLEARANCE ? "Clearance" : "Session note") + ", "
                    + WHEN.format(note.writtenAt()) + ", " + note.author() + ": " + note.text()));
        }
        var text = new TextArea("Add a note");
        text.setMaxLength(4000);
        text.setWidthFull();
        var message = new Paragraph();
        var box = new Div(new H2("Notes and clearances"), list, text);
        box.add(new Button("Add session note", e -> addNote(stored, IntakeNote.Kind.SESSION_NOTE, text, message)));
        if (Verdict.valueOf(stored.intake().verdict()) == Verdict.SEE_DOCTOR_FIRST) {
            text.setHelperText("For a clearance: who cleared the massage, when, and any limits they gave.");
            box.add(new Button("Record doctor's clearance", e -> addNote(stored, IntakeNote.Kind.CLEARANCE, text,
                    message)));
        }
        box.add(message);
        return box;
    }

    private void addNote(StoredIntake stored, IntakeNote.Kind kind, TextArea text, Paragraph message) {
        try {
            intakes.addNote(signedIn.account(), stored.intake().id(), kind, text.getValue());
            show(intakes.find(signedIn.account(), stored.intake().id()).orElseThrow(NotFoundException::new));
        } catch (IntakeException problem) {
            message.setText(problem.getMessage());
        }
    }
}
