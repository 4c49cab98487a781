package app.headsup.ui.practice;

import app.headsup.intake.account.AccountException;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.FromSession;
import app.headsup.intake.account.Passwords;
import app.headsup.words.Texts;
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
        var texts = Texts.english();
        var current = new PasswordField(texts.get("password.current"));
        var next = new PasswordField(texts.get("password.new", Passwords.MIN_LENGTH, Passwords.MAX_BYTES));
        var again = new PasswordField(texts.get("password.again"));
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
        var change = new Button(texts.get("password.change"), e -> {
            String problem = Passwords.problem(next.getValue());
            next.setInvalid(problem != null);
            next.setErrorMessage(problem);
            again.setInvalid(!next.getValue().equals(again.getValue()));
            again.setErrorMessage(texts.get("password.not-the-same"));
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
                message.setText(texts.get("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(PracticeLayout.home(signedIn)));
            } catch (AccountException refused) {
                current.setInvalid(true);
                current.setErrorMessage(refused.getMessage());
            }
        });
        change.addThemeVariants(ButtonVariant.PRIMARY);
        var intro = new Paragraph(
                account.mustChangePassword() ? texts.get("password.set-for-you") : texts.get("password.choose"));
        intro.setId("password-intro");
        var form = new Div(current, next, again, change, message);
        form.addClassName("practice-form");
        add(new H1(texts.get("password.heading")), intro, form);
    }
}
