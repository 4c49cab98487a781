package app.headsup.ui.practice;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.html.H1;
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

/** One client. Another therapist's client is "not found", exactly like one that does not exist. */
@Route(value = "practice/clients", layout = PracticeLayout.class)
@PageTitle("Client · HeadsUp")
@RolesAllowed("THERAPIST")
public class ClientView extends Main implements HasUrlParameter<Long>, BeforeEnterObserver {

    private final Clients clients;
    private final SignedIn signedIn;
    private long clientId;

    public ClientView(Clients clients, SignedIn signedIn) {
        this.clients = clients;
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
        add(new H1(client.fullName()), details);
    }
}
