package app.headsup.ui.check;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.ui.BrowserTestBase;
import app.headsup.ui.Steps;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A check in progress survives the ways people move about, in real headless Chromium: the browser's Back and
 * Forward go one step at a time, and a visit to another page and back finds every answer where it was.
 */
class MovingAroundBrowserTest extends BrowserTestBase {

    private static final String AGE = "Age of the person being massaged (years)";

    private static void onStep(Page page, int step) {
        assertThat(page.locator(".step-progress")).hasText("Step " + step + " of 8");
        assertThat(page).hasURL(Pattern.compile(".*/check\\?step=" + step + "$"));
    }

    @Test
    void theBrowsersBackAndForwardMoveOneStepAndKeepTheAnswers() {
        var page = open("/check", 1280);
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel(AGE).fill("52");
        Steps.next(page);
        onStep(page, 3);
        page.goBack();
        onStep(page, 2);
        assertThat(page.getByLabel(AGE)).hasValue("52");
        page.goBack();
        onStep(page, 1);
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes, they want it")))
                .isChecked();
        page.goForward();
        page.goForward();
        onStep(page, 3);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Health")))
                .isVisible();
    }

    @Test
    void aReloadKeepsTheStepAndTheAnswers() {
        var page = open("/check", 1280);
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel(AGE).fill("61");
        Steps.next(page);
        onStep(page, 3);
        page.reload();
        onStep(page, 3);
        // The reload adds no entry of its own: the browser's Back still goes one step back.
        page.goBack();
        onStep(page, 2);
        assertThat(page.getByLabel(AGE)).hasValue("61");
    }

    @Test
    void theAddressCannotSkipQuestionsNotYetAnswered() {
        var page = open("/check", 1280);
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.navigate(page.url().replace("step=2", "step=7"));
        assertThat(page.locator(".step-progress")).hasText("Step 2 of 8");
    }

    @Test
    void theResultIsAHistoryEntryAndAVisitElsewhereKeepsIt() {
        var page = open("/check", 1280);
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel(AGE).fill("38");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oils"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/oils$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("One person"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/check$"));
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        page.goBack();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is this oil OK?")))
                .isVisible();
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/check\\?step=result$"));
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        page.goBack();
        assertThat(page.locator("#verdict")).isHidden();
        assertThat(page.locator(".step-progress")).hasText("Step 8 of 8");
        page.goForward();
        assertThat(page.locator("#verdict")).containsText("Go ahead");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start again"))
                .click();
        assertThat(page.locator(".step-progress")).hasText("Step 1 of 8");
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        assertThat(page.getByLabel(AGE)).hasValue("");
    }
}
