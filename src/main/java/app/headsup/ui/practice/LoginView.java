package app.headsup.ui.practice;

import app.headsup.ui.StoresAnswers;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for therapists. The form posts to Spring Security; a failure comes back with ?error. */
@Route("login")
@Menu(title = "Therapists", order = 5)
@PageTitle("Sign in · HeadsUp")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, StoresAnswers {

    private final LoginForm form = new LoginForm();
    private final SignedIn signedIn;

    public LoginView(SignedIn signedIn) {
        this.signedIn = signedIn;
        addClassName("headsup-page");
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Therapists");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Not signed in");
        // One message for a wrong password, an unknown name and a name paused after too many tries,
        // so the page tells a guesser nothing.
        i18n.getErrorMessage()
                .setMessage("The user name or password is not right, or there were too many tries: "
                        + "wait 15 minutes and try again.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(
                new H1("Sign in"),
                new Paragraph("For therapists keeping their clients' intakes. The check for couples "
                        + "and single people needs no account."),
                form);
    }

    @Override
    public String storageNote() {
        return "Signing in is recorded in the practice's audit log (user name and time); failed tries are counted "
                + "to pause guessing. The password is kept only as a salted hash.";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signedIn.isSignedIn()) {
            // Already signed in (the header's "Therapists" link): straight to the practice.
            event.forwardTo(PracticeLayout.home(signedIn));
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
