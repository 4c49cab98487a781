package app.headsup.ui;

import app.headsup.rules.RulesUnavailableException;
import app.headsup.ui.unavailable.UnavailableView;
import app.headsup.words.Texts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a click fails for a reason the page did not foresee (the database refused a save, a connection
 * broke), the person is told, not left with a page that silently does nothing. What they typed stays
 * where it was, since forms are only cleared after a save succeeds, and the failure is logged once,
 * without its messages, which can quote a name or an answer.
 */
@Component
class FailedActions implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;

    FailedActions(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    static final String MESSAGE = Texts.english().get("failed.not-saved");
    private static final Logger LOG = LoggerFactory.getLogger(FailedActions.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::failed));
    }

    private void failed(ErrorEvent event) {
        var ui = UI.getCurrent();
        if (causedBy(event.getThrowable(), SignedOutException.class)) {
            // Not a failure: the account was switched off. Sign the browser out; it goes to the sign-in page.
            authentication.logout();
            return;
        }
        if (causedBy(event.getThrowable(), RulesUnavailableException.class)) {
            // The rules went down (the engine logs why): no verdict, the page says the check is unavailable.
            if (ui != null) {
                ui.navigate(UnavailableView.class);
            }
            return;
        }
        String where = ui == null || ui.getCurrentView() == null
                ? "a page"
                : ui.getCurrentView().getClass().getSimpleName();
        LOG.error("An action on {} failed: {}", where, RedactedFailure.describe(event.getThrowable()));
        if (ui != null) {
            tell(ui);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Stays until closed: a message that vanishes after a few seconds is easy to miss. */
    private static void tell(UI ui) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        var close = new Button(Texts.english().get("failed.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var text = new Span(MESSAGE);
        text.setId("failed-action");
        notification.add(text, close);
        notification.open();
    }
}
