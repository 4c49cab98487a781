package app.headsup.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import app.headsup.rules.RuleEngine;
import app.headsup.ui.unavailable.UnavailableView;

/** A view that cannot work without the rules: while they are down it gives way to the unavailable page. */
public interface NeedsRules extends BeforeEnterObserver {

    RuleEngine engine();

    @Override
    default void beforeEnter(BeforeEnterEvent event) {
        if (!engine().isUp()) {
            event.forwardTo(UnavailableView.class);
        }
    }
}
