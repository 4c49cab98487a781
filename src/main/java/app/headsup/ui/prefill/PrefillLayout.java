package app.headsup.ui.prefill;

import app.headsup.rules.RuleEngine;
import app.headsup.ui.HeadsUpLayout;
import app.headsup.words.Texts;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame of a client's own pre-fill page: the brand and the footer, but none of the public site's
 * way around. A client who followed their therapist's link has one thing to do here; a menu of the
 * public check would only lead them away from it.
 */
@AnonymousAllowed
public class PrefillLayout extends HeadsUpLayout {

    public PrefillLayout(RuleEngine engine) {
        super(Texts.english().get("layout.brand"), "/", Texts.english().get("layout.nav"), engine);
        withoutWayAround();
        note(Texts.english().get("layout.kept-for-therapist"));
    }
}
