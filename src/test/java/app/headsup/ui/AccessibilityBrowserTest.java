package app.headsup.ui;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core on every screen in headless Chromium: no serious or critical violation anywhere. */
class AccessibilityBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/check", "/check#health", "/check#result", "/couple", "/oils", "/rules"})
    void noSeriousOrCriticalViolations(String screen) {
        var page = open(screen.replaceAll("#.*", ""), 1280);
        if (screen.endsWith("#health")) {
            answerUntilHealth(page);
            page.locator(".theme").first().getByText("Yes, or not sure").click();
        } else if (screen.endsWith("#result")) {
            answerUntilHealth(page);
            Steps.nextUntilResult(page);
        }
        Accessibility.assertNoSeriousViolations(page);
    }

    private static void answerUntilHealth(Page page) {
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill("40");
        Steps.next(page);
    }
}
