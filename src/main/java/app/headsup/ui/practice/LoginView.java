package app.headsup.ui.practice;

import app.headsup.ui.StoresAnswers;
import app.headsup.words.Texts;
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
        var texts = Texts.english();
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(texts.get("login.form-title"));
        i18n.getForm().setUsername(texts.get("login.user-name"));
        i18n.getErrorMessage().setTitle(texts.get("login.error-title"));
        // One message for a wrong password, an unknown name and a name paused after too many tries,
        // so the page tells a guesser nothing.
        i18n.getErrorMessage().setMessage(texts.get("login.error"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new H1(texts.get("login.heading")), new Paragraph(texts.get("login.intro")), form);
    }

    @Override
    public String storageNote() {
        return Texts.english().get("login.storage");
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
