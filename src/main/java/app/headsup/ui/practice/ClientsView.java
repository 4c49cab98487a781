package app.headsup.ui.practice;

import app.headsup.intake.client.Client;
import app.headsup.intake.client.ClientException;
import app.headsup.intake.client.Clients;
import app.headsup.screening.ReceiverAnswers;
import app.headsup.words.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** A therapist's own clients, and a form to add one. */
@Route("practice")
@PageTitle("Clients · HeadsUp")
@PermitAll
public class ClientsView extends Main implements BeforeEnterObserver {

    /** What the add-a-client form holds until it is saved. */
    static final class NewClient {
        private String fullName = "";
        private String contact = "";
        private @Nullable LocalDate dateOfBirth;

        String getFullName() {
            return fullName;
        }

        void setFullName(String fullName) {
            this.fullName = fullName;
        }

        String getContact() {
            return contact;
        }

        void setContact(String contact) {
            this.contact = contact;
        }

        @Nullable LocalDate getDateOfBirth() {
            return dateOfBirth;
        }

        void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }
    }

    private final Clients clients;
    private final SignedIn signedIn;
    private final CardTable<Client> list = new CardTable<>();
    private static final Texts TEXTS = Texts.english();
    private final Paragraph none = new Paragraph(TEXTS.get("clients.none"));

    public ClientsView(Clients clients, SignedIn signedIn, Clock clock) {
        this.clients = clients;
        this.signedIn = signedIn;
        addClassName("headsup-page");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        // Each name is a link to the client: reachable by keyboard, and on a phone each client is one card.
        list.addColumn(TEXTS.get("clients.name"), c -> new RouterLink(c.fullName(), ClientView.class, c.id()));
        list.addTextColumn(TEXTS.get("clients.age"), c -> String.valueOf(c.ageOn(today)));
        list.addTextColumn(TEXTS.get("clients.contact"), c -> c.contact() == null ? "" : c.contact());
        list.setId("clients");
        add(new H1(TEXTS.get("clients.heading")), none, list, addClientForm(today));
        refresh();
    }

    /** The practice's front door for every account: an admin keeps no clients and goes to the accounts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedIn.isAdmin()) {
            event.forwardTo(AccountsView.class);
        }
    }

    private Div addClientForm(LocalDate today) {
        var name = new TextField(TEXTS.get("clients.add.full-name"));
        var contact = new TextField(TEXTS.get("clients.add.contact"));
        var born = new DatePicker(TEXTS.get("clients.add.born"));
        String tooLongAgo = TEXTS.get("clients.add.too-long-ago", ReceiverAnswers.MAX_AGE);
        String upTo = TEXTS.get("clients.add.up-to", 200);
        // One unambiguous format, whatever the browser's language: 02/04 means different days in different places.
        LocalDate earliest = today.minusYears(ReceiverAnswers.MAX_AGE);
        born.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(TEXTS.get("clients.add.bad-date"))
                .setMaxErrorMessage(TEXTS.get("clients.add.future"))
                .setMinErrorMessage(tooLongAgo)
                .setRequiredErrorMessage(TEXTS.get("clients.add.born-required")));
        born.setMax(today);
        born.setMin(earliest);
        // A birthday decades back is quicker typed than scrolled to: the calendar opens from its button only
        // (on a phone an open calendar covers the page and keeps the keyboard away).
        born.setAutoOpen(false);
        var binder = new Binder<NewClient>();
        binder.forField(name)
                .asRequired(TEXTS.get("clients.add.name-required"))
                .withValidator(v -> v.length() <= 200, upTo)
                .bind(NewClient::getFullName, NewClient::setFullName);
        binder.forField(contact)
                .withValidator(v -> v.length() <= 200, upTo)
                .bind(NewClient::getContact, NewClient::setContact);
        binder.forField(born)
                .asRequired(TEXTS.get("clients.add.born-required"))
                .withValidator(v -> !v.isAfter(today), TEXTS.get("clients.add.future"))
                .withValidator(v -> !v.isBefore(earliest), tooLongAgo)
                .bind(NewClient::getDateOfBirth, NewClient::setDateOfBirth);
        binder.setBean(new NewClient());
        var message = new Paragraph();
        message.setId("client-message");
        var add = new Button(TEXTS.get("clients.add"), e -> {
            if (!binder.validate().isOk()) {
                message.setText(TEXTS.get("clients.add.marked"));
                return;
            }
            var form = binder.getBean();
            try {
                var client =
                        clients.add(signedIn.account(), form.getFullName(), form.getContact(), form.getDateOfBirth());
                message.setText(TEXTS.get("clients.added", client.fullName()));
                binder.setBean(new NewClient());
                refresh();
            } catch (ClientException problem) {
                message.setText(problem.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(new H2(TEXTS.get("clients.add.heading")), name, contact, born, add, message);
        form.addClassName("practice-form");
        return form;
    }

    private void refresh() {
        var all = clients.of(signedIn.account());
        list.setItems(all);
        list.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }
}
