package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A real page is never hurt by the short first life of a session (here 2 seconds, with Tomcat sweeping
 * expired sessions every 6): the page comes back with its cookie at once, so a person who reads for a while
 * before the first click goes on where they were.
 */
@TestPropertySource(
        properties = {"headsup.sessions.until-returned=PT2S", "server.tomcat.background-processor-delay=1s"})
class SessionBoundBrowserTest extends BrowserTestBase {

    @Test
    void aPageReadForAWhileBeforeTheFirstClickGoesOn() {
        var page = open("/check", 1280);
        assertThat(page.locator(".step-progress")).hasText("Step 1 of 8");
        page.waitForTimeout(9_000); // past the first life and at least one sweep
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        assertThat(page.locator(".step-progress")).hasText("Step 2 of 8");
    }
}
