package app.headsup.ui.player;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import app.headsup.ui.Steps;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The routine player in real headless Chromium: the clock runs, pauses, survives a reload, stops. */
class RoutinePlayerBrowserTest extends BrowserTestBase {

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    @Test
    void theTimerRunsPausesResumesAfterAReloadAndStopsWithAdvice() {
        var page = open("/check", 1280);
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill("40");
        Steps.nextUntilResult(page);
        click(page, "Start the routine");

        var countdown = page.locator("#countdown");
        assertThat(page.locator("#player")).containsText("Step 1 of 7: Forehead strokes");
        assertThat(countdown).hasText("1:00 left in this step");
        assertThat(page.locator("#prompt")).containsText("Too much or too little?");

        click(page, "Start");
        assertThat(countdown).not().hasText("1:00 left in this step");
        click(page, "Pause");
        String paused = countdown.textContent();
        page.waitForTimeout(2500);
        assertThat(countdown).hasText(paused);

        page.reload();
        page.waitForSelector("#player");
        assertThat(page.locator("#countdown")).hasText(paused);
        click(page, "Resume");
        click(page, "Next step");
        assertThat(page.locator("#player")).containsText("Step 2 of 7: Temple circles");
        click(page, "Previous step");
        assertThat(page.locator("#player")).containsText("Step 1 of 7: Forehead strokes");
        assertThat(countdown).hasText("1:00 left in this step");
        click(page, "Next step");
        assertThat(page.locator("#player")).containsText("Step 2 of 7: Temple circles");

        click(page, "Stop");
        assertThat(page.locator("#stopped")).containsText("call a doctor");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next step")))
                .isHidden();
        Browser.screenshot(page, "routine-player-1280");
        assertThat(paused).endsWith("left in this step");

        // However it ended, the way back to the result is there.
        click(page, "Back to the result");
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the routine")))
                .isVisible();

        // The browser's Back from the player goes to the result too, not to the last question.
        click(page, "Start the routine");
        assertThat(page.locator("#player")).isVisible();
        page.goBack();
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        assertThat(page.locator("#player")).hasCount(0);
        page.goBack();
        assertThat(page.locator("#verdict")).isHidden();
        assertThat(page.getByText("Step 8 of 8")).isVisible();
    }
}
