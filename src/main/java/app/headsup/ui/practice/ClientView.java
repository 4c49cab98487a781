package app.headsup.ui.practice;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import app.headsup.intake.client.Client;
import app.headsup.intake.client.Clients;
import app.headsup.intake.record.Intake;
import app.headsup.intake.record.Intakes;
import app.headsup.screening.Verdict;
import app.headsup.ui.result.Words;

/** One client. Another therapist's client is "not found", exactly like one that does not exist. */
@Route(value = "practice/clients", layout = PracticeLayout.class)
@PageTitle("Client · HeadsUp")
@RolesAllowed("THERAPIST")
public class ClientView extends Main implements HasUrlParameter<Long>, BeforeEnterObserver {

    private final Clients clients;
    private final Intakes intakes;
    private final SignedIn signedIn;
    private long clientId;

    public ClientView(Clients clients, Intakes intakes, SignedIn signedIn) {
        this.clients = clients;
        this.intakes = intakes;
        this.signedIn = signedIn;
        addClassName("headsup-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.clientId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var client = clients.find(signedIn.account(), clientId).orElseThrow(NotFoundException::new);
        show(client);
    }

    private void show(Client client) {
        removeAll();
        var today = LocalDate.now(ZoneOffset.UTC);
        var details = new Paragraph("Born " + client.dateOfBirth() + " (" + client.ageOn(today) + " today)"
                + (client.contact() == null ? "" : " · " + client.contact()));
        details.setId("client-details");
        var start = new Button("Start an intake", e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class,
                client.id())));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(client.fullName()), details, start, new H2("Intakes"), history(client));
    }

    /** Every intake, newest first, fetched a page at a time however many there are. */
    private Grid<Intake> history(Client client) {
        var grid = new Grid<Intake>();
        grid.addColumn(i -> IntakeRecordView.WHEN.format(i.confirmedAt())).setHeader("Signed");
        grid.addColumn(i -> Words.verdict(Verdict.valueOf(i.verdict()))).setHeader("Verdict");
        grid.addColumn(Intake::ruleSetVersion).setHeader("Rule set");
        grid.setItems(query -> intakes.history(signedIn.account(), client.id(), query.getPage(), query.getPageSize())
                .stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IntakeRecordView.class, e.getItem().id())));
        grid.setId("history");
        grid.setHeight("20rem");
        return grid;
    }
}
