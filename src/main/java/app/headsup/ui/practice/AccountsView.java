package app.headsup.ui.practice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import app.headsup.intake.account.AccountException;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import app.headsup.intake.account.Therapist;

/** The admin's page: every account, a form to add a therapist, and switching accounts off and on. */
@Route(value = "practice/accounts", layout = PracticeLayout.class)
@PageTitle("Accounts · HeadsUp")
@RolesAllowed("ADMIN")
public class AccountsView extends Main {

    private final Accounts accounts;
    private final SignedIn signedIn;
    private final Grid<Therapist> grid = new Grid<>();

    public AccountsView(Accounts accounts, SignedIn signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
        addClassName("headsup-page");
        grid.addColumn(Therapist::username).setHeader("User name");
        grid.addColumn(Therapist::displayName).setHeader("Name");
        grid.addColumn(t -> t.role() == Role.ADMIN ? "Admin" : "Therapist").setHeader("Role");
        grid.addComponentColumn(this::switchButton).setHeader("Signs in");
        grid.setAllRowsVisible(true);
        grid.setId("accounts");
        add(new H1("Accounts"), grid, newTherapistForm());
        refresh();
    }

    private Button switchButton(Therapist account) {
        var button = new Button(account.enabled() ? "Yes: switch off" : "No: switch on", e -> {
            accounts.setEnabled(signedIn.account().username(), account.id(), !account.enabled());
            refresh();
        });
        button.setEnabled(!account.username().equals(signedIn.account().username()));
        return button;
    }

    private Div newTherapistForm() {
        var username = new TextField("User name");
        var name = new TextField("Full name");
        var password = new PasswordField("First password (at least " + Accounts.MIN_PASSWORD_LENGTH + " characters)");
        var message = new Paragraph();
        message.setId("account-message");
        var add = new Button("Add therapist", e -> {
            try {
                var created = accounts.create(signedIn.account().username(), username.getValue(), name.getValue(),
                        password.getValue(), Role.THERAPIST);
                message.setText("Added " + created.username() + ". Give them the password in person.");
                username.clear();
                name.clear();
                password.clear();
                refresh();
            } catch (AccountException problem) {
                message.setText(problem.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(new H2("Add a therapist"), username, name, password, add, message);
        form.addClassName("practice-form");
        return form;
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }
}
