package app.headsup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** axe-core on every screen in headless Chromium: no serious or critical violation anywhere. */
class AccessibilityBrowserTest extends BrowserTestBase {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/check", "/check#health", "/check#result", "/couple", "/oils", "/rules"})
    void noSeriousOrCriticalViolations(String screen) {
        var page = open(screen.replaceAll("#.*", ""), 1280);
        if (screen.endsWith("#health")) {
            answerUntilHealth(page);
            page.locator(".theme").first().getByText("Yes, or not sure").click();
        } else if (screen.endsWith("#result")) {
            answerUntilHealth(page);
            CheckFlowBrowserTest.nextUntilResult(page);
        }
        assertNoSeriousViolations(page);
    }

    /**
     * Also called by the practice flow on its pages, where getting there takes a sign-in and records. The
     * page also ran under the Content-Security-Policy without anything blocked.
     */
    static void assertNoSeriousViolations(Page page) {
        assertThat(Browser.cspViolations(page))
                .as(page.url() + ": blocked by the Content-Security-Policy")
                .isEmpty();
        var results = new AxeBuilder(page).analyze();
        var blocking = results.getViolations().stream()
                .filter(v -> BLOCKING.contains(v.getImpact()))
                .toList();
        assertThat(blocking).as(page.url() + "\n" + describe(blocking)).isEmpty();
    }

    private static void answerUntilHealth(Page page) {
        page.getByText("Yes, they want it").click();
        CheckFlowBrowserTest.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill("40");
        CheckFlowBrowserTest.next(page);
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
