package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The whole questionnaire with the keyboard only: Tab, Space, typing and Enter, no mouse. */
class KeyboardBrowserTest extends BrowserTestBase {

    /** Presses Tab until the focused element matches, as a keyboard user would. */
    private static void tabTo(Page page, String matches) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("(() => { const el = document.activeElement; return " + matches + "; })()")) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + matches);
    }

    /** Nothing is pre-selected: each required question still open on this step is answered "No" from the keyboard. */
    private static void answerNoWithTheKeyboard(Page page) {
        Steps.settled(page);
        while ((Boolean) page.evaluate("[...document.querySelectorAll('vaadin-radio-group[required]')]"
                + ".some(q => q.offsetParent !== null && !q.value)")) {
            tabTo(page, UNANSWERED_NO);
            page.keyboard().press("Space");
            Steps.settled(page);
        }
    }

    private static final String UNANSWERED_NO = "el.type === 'radio' && !el.closest('vaadin-radio-group').value"
            + " && el.closest('vaadin-radio-button').textContent.trim() === 'No'";

    private static final String NEXT_BUTTON =
            "el.tagName === 'VAADIN-BUTTON' && (el.textContent.trim() === 'Next' || el.textContent.trim() === 'See result')";

    @Test
    void aPersonCanAnswerEverythingAndReadTheResultWithTheKeyboardOnly() {
        var page = open("/check", 1280);
        tabTo(page, "el.type === 'radio'");
        page.keyboard().press("Space");
        answerNoWithTheKeyboard(page); // whether the person can say "stop", asked with consent
        tabTo(page, NEXT_BUTTON);
        page.keyboard().press("Enter");
        assertThat(page.locator(".step-progress")).hasText("Step 2 of 8");
        tabTo(page, "el.closest('vaadin-integer-field') !== null");
        page.keyboard().type("40");
        for (int step = 2; step <= 8; step++) {
            answerNoWithTheKeyboard(page);
            tabTo(page, NEXT_BUTTON);
            page.keyboard().press("Enter");
            if (step < 8) {
                assertThat(page.locator(".step-progress")).hasText("Step " + (step + 1) + " of 8");
            }
        }
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        assertThat(page.locator("#routine")).isVisible();
        // Focus stays visible: Lumo draws a focus ring on the focused control.
        tabTo(page, "el.tagName === 'VAADIN-BUTTON'");
        assertThat((Boolean) page.evaluate("document.activeElement.hasAttribute('focus-ring')"))
                .isTrue();
    }
}
