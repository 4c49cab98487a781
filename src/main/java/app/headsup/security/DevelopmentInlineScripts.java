package app.headsup.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * In development mode only (tests, {@code ./mvnw spring-boot:run}), Vaadin's page carries more inline scripts
 * than in production: the development flag and its usage registrations (which name the JDK's version, so have
 * no fixed hash), and either its development tools' settings (with a fresh token), licence check, console
 * capture and Lit's warnings, or, with the tools switched off, their stand-in. Those, recognised by how they
 * begin, are allowed by their hash on the page they are on; any other inline script is still refused.
 */
@Component
class DevelopmentInlineScripts implements VaadinServiceInitListener {

    static final List<String> BEGINNINGS = List.of(
            "window.Vaadin = window.Vaadin || {};\nwindow.Vaadin.developmentMode = true;",
            "window.Vaadin = window.Vaadin || {};\nwindow.Vaadin.devToolsPlugins = {",
            "window.Vaadin = window.Vaadin || {};\nwindow.Vaadin.registrations = window.Vaadin.registrations || [];",
            "window.Vaadin.devToolsPlugins = [];\nwindow.Vaadin.devToolsConf = {",
            "window.Vaadin = window.Vaadin || {};window.Vaadin.VaadinLicenseChecker = {",
            "window.Vaadin = window.Vaadin || {};window.Vaadin.ConsoleErrors = window.Vaadin.ConsoleErrors || [];",
            "const issuedWarnings = window.litIssuedWarnings ??= new Set();");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            event.addIndexHtmlRequestListener(this::allowDevelopmentScripts);
        }
    }

    private void allowDevelopmentScripts(IndexHtmlResponse page) {
        var hashes = page.getDocument().select("script:not([src])").stream()
                .map(Element::data)
                .filter(script -> BEGINNINGS.stream().anyMatch(script::startsWith))
                .map(InlineScripts::sha256)
                .toList();
        // Set before Spring Security writes its headers (on commit), which then leaves this one as it is.
        page.getVaadinResponse()
                .setHeader("Content-Security-Policy", SecurityConfig.contentSecurityPolicy(hashes.stream()));
    }
}
