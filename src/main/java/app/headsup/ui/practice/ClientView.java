package app.headsup.ui.practice;

import app.headsup.intake.client.Client;
import app.headsup.intake.client.Clients;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.prefill.PublicUrl;
import app.headsup.intake.record.ClientExport;
import app.headsup.intake.record.Intakes;
import app.headsup.words.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One client. Another therapist's client is "not found", exactly like one that does not exist. */
@Route("practice/clients")
@PageTitle("Client · HeadsUp")
@RolesAllowed("THERAPIST")
public class ClientView extends Main implements HasUrlParameter<Long>, BeforeEnterObserver {

    private static final Texts TEXTS = Texts.english();

    private final Clients clients;
    private final Intakes intakes;
    private final ClientExport export;
    private final PrefillLinks prefillLinks;
    private final PublicUrl publicUrl;
    private final SignedIn signedIn;
    private final Clock clock;
    private long clientId;

    public ClientView(
            Clients clients,
            Intakes intakes,
            ClientExport export,
            PrefillLinks prefillLinks,
            PublicUrl publicUrl,
            SignedIn signedIn,
            Clock clock) {
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.export = export;
        this.prefillLinks = prefillLinks;
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
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var details = new Paragraph(
                client.contact() == null
                        ? TEXTS.get("client.details", client.dateOfBirth().toString(), client.ageOn(today))
                        : TEXTS.get(
                                "client.details-with-contact",
                                client.dateOfBirth().toString(),
                                client.ageOn(today),
                                client.contact()));
        details.setId("client-details");
        var start = new Button(
                TEXTS.get("client.start-intake"),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class, client.id())));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        var export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes =
                            this.export.export(signedIn.account(), client.id()).orElseThrow(NotFoundException::new);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "client-" + client.id() + ".json",
                            "application/json",
                            bytes.length);
                }),
                TEXTS.get("client.export"));
        export.setId("export");
        var erase = new Button(TEXTS.get("client.erase"), e -> confirmErase(client));
        erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        var actions = new Div(start, export, erase);
        actions.addClassName("step-buttons");
        add(
                new H1(client.fullName()),
                details,
                actions,
                new PrefillSection(prefillLinks, publicUrl, signedIn.account(), client),
                new H2(TEXTS.get("client.intakes")),
                new IntakeHistory(page -> intakes.history(signedIn.account(), client.id(), page, IntakeHistory.PAGE)));
    }

    /** Erasing cannot be undone, so it is asked twice, with the name spelled out. */
    private void confirmErase(Client client) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(TEXTS.get("client.erase.title", client.fullName()));
        dialog.add(new Paragraph(TEXTS.get("client.erase.text")));
        var erase = new Button(TEXTS.get("client.erase.confirm"), e -> {
            clients.erase(signedIn.account(), client.id());
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(ClientsView.class));
        });
        erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(TEXTS.get("client.erase.keep"), e -> dialog.close()), erase);
        dialog.open();
    }
}
