package app.headsup.ui.practice;

import app.headsup.intake.account.AccountException;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Passwords;
import app.headsup.intake.account.Role;
import app.headsup.intake.account.Therapist;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admin's page: every account, a form to add a therapist, and switching accounts off and on. */
@Route("practice/accounts")
@PageTitle("Accounts · HeadsUp")
@RolesAllowed("ADMIN")
public class AccountsView extends Main {

    private final Accounts accounts;
    private final SignedIn signedIn;
    private final CardTable<Therapist> list = new CardTable<>();

    public AccountsView(Accounts accounts, SignedIn signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
        addClassName("headsup-page");
        list.addTextColumn("User name", Therapist::username)
                .addTextColumn("Name", Therapist::displayName)
                .addTextColumn("Role", t -> t.role() == Role.ADMIN ? "Admin" : "Therapist")
                .addColumn("Signs in", this::switchButton)
                .addColumn("Password", this::passwordButton);
        list.setId("accounts");
        // The form first: on a phone a long list would push it out of reach.
        add(new H1("Accounts"), newTherapistForm(), new H2("Every account"), list);
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

    /** For a therapist who lost theirs: a password that works once, to sign in and choose their own. */
    private Button passwordButton(Therapist account) {
        var button = new Button("Set a new one…", e -> setPassword(account));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setVisible(!account.username().equals(signedIn.account().username()));
        return button;
    }

    private void setPassword(Therapist account) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("A new password for " + account.displayName());
        var password = new PasswordField(
                "New password (" + Passwords.MIN_LENGTH + " to " + Passwords.MAX_BYTES + " characters)");
        password.setWidthFull();
        dialog.add(
                new Paragraph("Give it to them in person. It works for their next sign-in, after which they "
                        + "choose their own; they are signed out everywhere now."),
                password);
        var save = new Button("Set password", e -> {
            try {
                accounts.setPassword(signedIn.account().username(), account.id(), password.getValue());
                dialog.close();
                Notification.show("New password set for " + account.username() + ".");
            } catch (AccountException problem) {
                password.setInvalid(true);
                password.setErrorMessage(problem.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private Div newTherapistForm() {
        var username = new TextField("User name");
        var name = new TextField("Full name");
        var password = new PasswordField("First password (at least " + Passwords.MIN_LENGTH + " characters)");
        var message = new Paragraph();
        message.setId("account-message");
        password.addValueChangeListener(e -> {
            // Emptied by the form after a therapist was added: a fresh field, not a mistake to point at.
            String problem = e.isFromClient() ? Passwords.problem(e.getValue()) : null;
            password.setInvalid(problem != null);
            password.setErrorMessage(problem);
        });
        var add = new Button("Add therapist", e -> {
            // Every field is checked at once, each saying what it needs, so one try shows all there is to fix.
            boolean usernameWrong = mark(username, Accounts.usernameProblem(username.getValue()));
            boolean nameWrong = mark(name, Accounts.displayNameProblem(name.getValue()));
            boolean passwordWrong = mark(password, Passwords.problem(password.getValue()));
            if (usernameWrong || nameWrong || passwordWrong) {
                message.setText("Nobody added yet: please see the marked fields.");
                return;
            }
            try {
                var created = accounts.create(
                        signedIn.account().username(),
                        username.getValue(),
                        name.getValue(),
                        password.getValue(),
                        Role.THERAPIST);
                message.setText("Added " + created.username() + ". Give them the password in person.");
                username.clear();
                name.clear();
                password.clear();
                refresh();
            } catch (AccountException refused) {
                message.setText(refused.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(new H2("Add a therapist"), username, name, password, add, message);
        form.addClassName("practice-form");
        return form;
    }

    /** Shows the field's problem on it; true when there is one. */
    private static boolean mark(HasValidation field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
        return problem != null;
    }

    private void refresh() {
        list.setItems(accounts.all());
    }
}
