package app.headsup.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * In development mode only (tests, {@code ./mvnw spring-boot:run}), Vaadin's page carries three more inline
 * scripts than in production: the development flag, the stand-in for its development tools, and its usage
 * registrations, which name the JDK's version and so have no fixed hash. Those three, recognised by how they
 * begin, are allowed by their hash on the page they are on; any other inline script is still refused.
 */
@Component
class DevelopmentInlineScripts implements VaadinServiceInitListener {

    private static final List<String> VAADIN_DEVELOPMENT_BEGINNINGS = List.of(
            "window.Vaadin = window.Vaadin || {};\nwindow.Vaadin.developmentMode = true;",
            "window.Vaadin = window.Vaadin || {};\nwindow.Vaadin.devToolsPlugins = {",
            "window.Vaadin = window.Vaadin || {};\nwindow.Vaadin.registrations = window.Vaadin.registrations || [];");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            event.addIndexHtmlRequestListener(this::allowDevelopmentScripts);
        }
    }

    private void allowDevelopmentScripts(IndexHtmlResponse page) {
        var hashes = page.getDocument().select("script:not([src])").stream()
                .map(Element::data)
                .filter(script -> VAADIN_DEVELOPMENT_BEGINNINGS.stream().anyMatch(script::startsWith))
                .map(InlineScripts::sha256)
                .toList();
        // Set before Spring Security writes its headers (on commit), which then leaves this one as it is.
        page.getVaadinResponse()
                .setHeader("Content-Security-Policy", SecurityConfig.contentSecurityPolicy(hashes.stream()));
    }
}
