package app.headsup.ui.practice;

import app.headsup.ui.SignedOutException;
import app.headsup.words.Texts;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A practice page opened by an account that was switched off meanwhile: sign out, then the sign-in page. */
@AnonymousAllowed
public class SignedOutView extends Main implements HasErrorParameter<SignedOutException> {

    private final SignedIn signedIn;

    public SignedOutView(SignedIn signedIn) {
        this.signedIn = signedIn;
        add(new Paragraph(Texts.english().get("practice.signed-out")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SignedOutException> parameter) {
        signedIn.signOut();
        return HttpServletResponse.SC_UNAUTHORIZED;
    }
}
