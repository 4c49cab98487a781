package app.headsup.ui;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port and one headless Chromium for all tests of a class. Vaadin's
 * development tools are switched off: they are not part of the app and never in the production page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
public abstract class BrowserTestBase {

    private static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    protected Page open(String path, int width) {
        return browser.open("http://localhost:" + port + path, width, 900);
    }

    /** A new tab signed in to the practice, sent there by the sign-in page. */
    protected Page signedInToThePractice(String username, String password) {
        var page = open("/practice", 1280);
        page.waitForURL(url -> url.endsWith("/login"));
        Browser.signIn(page, username, password);
        page.waitForURL(url -> url.contains("/practice"));
        return page;
    }
}
