package app.headsup.ui.practice;

import app.headsup.intake.account.AccountException;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.FromSession;
import app.headsup.intake.account.Passwords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;

/**
 * Change your own password, with the current one. After the admin set a new password for you, this is
 * the only practice page until you have chosen your own.
 */
@Route("practice/password")
@PageTitle("Password · HeadsUp")
@PermitAll
public class PasswordView extends Main {

    public PasswordView(Accounts accounts, SignedIn signedIn) {
        addClassName("headsup-page");
        var account = signedIn.account();
        var current = new PasswordField("Current password");
        var next = new PasswordField(
                "New password (" + Passwords.MIN_LENGTH + " to " + Passwords.MAX_BYTES + " characters)");
        var again = new PasswordField("New password again");
        for (var field : new PasswordField[] {current, next, again}) {
            field.setWidthFull();
        }
        next.addValueChangeListener(e -> {
            String problem = Passwords.problem(e.getValue());
            next.setInvalid(problem != null);
            next.setErrorMessage(problem);
        });
        var message = new Paragraph();
        message.setId("password-message");
        var change = new Button("Change password", e -> {
            String problem = Passwords.problem(next.getValue());
            next.setInvalid(problem != null);
            next.setErrorMessage(problem);
            again.setInvalid(!next.getValue().equals(again.getValue()));
            again.setErrorMessage("The two new passwords are not the same.");
            if (problem != null || again.isInvalid()) {
                return;
            }
            try {
                var request = VaadinRequest.getCurrent();
                accounts.changeOwnPassword(
                        account.username(),
                        current.getValue(),
                        next.getValue(),
                        new FromSession(
                                request.getRemoteAddr(),
                                request.getWrappedSession().getId()));
                current.clear();
                next.clear();
                again.clear();
                message.setText("Your password has been changed.");
                getUI().ifPresent(ui -> ui.navigate(PracticeLayout.home(signedIn)));
            } catch (AccountException refused) {
                current.setInvalid(true);
                current.setErrorMessage(refused.getMessage());
            }
        });
        change.addThemeVariants(ButtonVariant.PRIMARY);
        var intro = new Paragraph(
                account.mustChangePassword()
                        ? "The password you signed in with was set for you. Please choose your own before you go on."
                        : "Choose a password that you use nowhere else.");
        intro.setId("password-intro");
        var form = new Div(current, next, again, change, message);
        form.addClassName("practice-form");
        add(new H1("Password"), intro, form);
    }
}
