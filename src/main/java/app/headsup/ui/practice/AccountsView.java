package app.headsup.ui.practice;

import app.headsup.intake.account.AccountException;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Passwords;
import app.headsup.intake.account.Role;
import app.headsup.intake.account.Therapist;
import app.headsup.words.Texts;
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

    private static final Texts TEXTS = Texts.english();

    private final Accounts accounts;
    private final SignedIn signedIn;
    private final CardTable<Therapist> list = new CardTable<>();

    public AccountsView(Accounts accounts, SignedIn signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
        addClassName("headsup-page");
        list.addTextColumn(TEXTS.get("accounts.user-name"), Therapist::username)
                .addTextColumn(TEXTS.get("accounts.name"), Therapist::displayName)
                .addTextColumn(
                        TEXTS.get("accounts.role"),
                        t -> TEXTS.get("accounts.role." + t.role().name()))
                .addColumn(TEXTS.get("accounts.signs-in"), this::switchButton)
                .addColumn(TEXTS.get("accounts.password"), this::passwordButton);
        list.setId("accounts");
        // The form first: on a phone a long list would push it out of reach.
        add(new H1(TEXTS.get("accounts.heading")), newTherapistForm(), new H2(TEXTS.get("accounts.every")), list);
        refresh();
    }

    private Button switchButton(Therapist account) {
        var button = new Button(TEXTS.get(account.enabled() ? "accounts.switch-off" : "accounts.switch-on"), e -> {
            accounts.setEnabled(signedIn.account().username(), account.id(), !account.enabled());
            refresh();
        });
        button.setEnabled(!account.username().equals(signedIn.account().username()));
        return button;
    }

    /** For a therapist who lost theirs: a password that works once, to sign in and choose their own. */
    private Button passwordButton(Therapist account) {
        var button = new Button(TEXTS.get("accounts.set-new"), e -> setPassword(account));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setVisible(!account.username().equals(signedIn.account().username()));
        return button;
    }

    private void setPassword(Therapist account) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(TEXTS.get("accounts.new-password-for", account.displayName()));
        var password = new PasswordField(TEXTS.get("accounts.new-password", Passwords.MIN_LENGTH, Passwords.MAX_BYTES));
        password.setWidthFull();
        dialog.add(new Paragraph(TEXTS.get("accounts.new-password.text")), password);
        var save = new Button(TEXTS.get("accounts.set-password"), e -> {
            try {
                accounts.setPassword(signedIn.account().username(), account.id(), password.getValue());
                dialog.close();
                Notification.show(TEXTS.get("accounts.password-set", account.username()));
            } catch (AccountException problem) {
                password.setInvalid(true);
                password.setErrorMessage(problem.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(TEXTS.get("accounts.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Div newTherapistForm() {
        var username = new TextField(TEXTS.get("accounts.add.user-name"));
        var name = new TextField(TEXTS.get("accounts.add.full-name"));
        var password = new PasswordField(TEXTS.get("accounts.add.first-password", Passwords.MIN_LENGTH));
        var message = new Paragraph();
        message.setId("account-message");
        password.addValueChangeListener(e -> {
            // Emptied by the form after a therapist was added: a fresh field, not a mistake to point at.
            String problem = e.isFromClient() ? Passwords.problem(e.getValue()) : null;
            password.setInvalid(problem != null);
            password.setErrorMessage(problem);
        });
        var add = new Button(TEXTS.get("accounts.add"), e -> {
            // Every field is checked at once, each saying what it needs, so one try shows all there is to fix.
            boolean usernameWrong = mark(username, Accounts.usernameProblem(username.getValue()));
            boolean nameWrong = mark(name, Accounts.displayNameProblem(name.getValue()));
            boolean passwordWrong = mark(password, Passwords.problem(password.getValue()));
            if (usernameWrong || nameWrong || passwordWrong) {
                message.setText(TEXTS.get("accounts.add.marked"));
                return;
            }
            try {
                var created = accounts.create(
                        signedIn.account().username(),
                        username.getValue(),
                        name.getValue(),
                        password.getValue(),
                        Role.THERAPIST);
                message.setText(TEXTS.get("accounts.added", created.username()));
                username.clear();
                name.clear();
                password.clear();
                refresh();
            } catch (AccountException refused) {
                message.setText(refused.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(new H2(TEXTS.get("accounts.add.heading")), username, name, password, add, message);
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
