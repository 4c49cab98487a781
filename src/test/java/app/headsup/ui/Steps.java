package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Moving through a questionnaire's steps the way a person does: Next, and at the end See result. */
public final class Steps {

    private Steps() {}

    /** Clicks Next and waits until the server has shown the following step. */
    public static void next(Page page) {
        String before = page.locator(".step-progress").textContent();
        int step = Integer.parseInt(before.replaceAll("Step (\\d+) of \\d+", "$1"));
        String of = before.replaceAll("Step \\d+ of (\\d+)", "$1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(page.locator(".step-progress")).hasText("Step " + (step + 1) + " of " + of);
    }

    /** Next through every remaining step, then See result, and waits for the verdict. */
    public static void nextUntilResult(Page page) {
        while (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                        .count()
                > 0) {
            next(page);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See result"))
                .click();
        page.waitForSelector("#verdict");
    }
}
