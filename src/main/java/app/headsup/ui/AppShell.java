package app.headsup.ui;

import app.headsup.ui.questionnaire.StepsInHistory;
import app.headsup.words.Texts;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Vaadin 25 applies no theme by default: Lumo, then our own styles from {@code frontend/styles}.
 * A pre-fill link carries its token in the path, so no page hands its address to another site as a
 * Referer (Vaadin writes its pages itself, so this is said in the page, not only as a header).
 */
@Meta(name = "referrer", content = "same-origin")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/headsup.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(Texts.english().get("layout.title"));
        settings.addMetaTag("description", Texts.english().get("layout.description"));
        settings.addFavIcon("icon", "favicon.svg", "any");
        settings.addInlineWithContents(
                Inline.Position.PREPEND, StepsInHistory.HISTORY_GATE, Inline.Wrapping.JAVASCRIPT);
    }
}
