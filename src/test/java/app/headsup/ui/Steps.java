package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** Moving through a questionnaire's steps the way a person does: Next, and at the end See result. */
public final class Steps {

    private static final Pattern NO = Pattern.compile("^\\s*No\\s*$");

    private Steps() {}

    /**
     * Answers "No" to every question on this step that is still unanswered (as a person with nothing more to
     * report does: nothing is pre-selected), clicks Next and waits until the server has shown the following step.
     */
    public static void next(Page page) {
        answerNoToTheRest(page);
        String before = page.locator(".step-progress").textContent();
        int step = Integer.parseInt(before.replaceAll("Step (\\d+) of \\d+", "$1"));
        String of = before.replaceAll("Step \\d+ of (\\d+)", "$1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(page.locator(".step-progress")).hasText("Step " + (step + 1) + " of " + of);
    }

    /**
     * Waits until the server has answered every click so far: a question that an answer opens (a follow-up,
     * the one asked with consent) is on the page only then.
     */
    public static void settled(Page page) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** "No" to each visible required question with no answer yet; questions with no plain "No" are left. */
    public static void answerNoToTheRest(Page page) {
        settled(page);
        for (Locator question : page.locator("vaadin-radio-group[required]").all()) {
            if (question.isVisible() && (boolean) question.evaluate("q => !q.value")) {
                var no = question.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(NO));
                if (no.count() == 1) {
                    no.click();
                }
            }
        }
    }

    /** Answers "Yes" to the question about this code (a condition, an allergy), as a person clicks it. */
    public static void answerYes(Page page, String code) {
        page.locator("[data-code=" + code + "]")
                .getByText("Yes", new Locator.GetByTextOptions().setExact(true))
                .click();
    }

    /** Picks oils in the combo box as a person does: a few letters typed, then the option; pairs of both. */
    public static void chooseOils(Page page, String... typedThenOption) {
        var oils = page.getByLabel("Oils you mean to use (none for a dry massage)");
        for (int i = 0; i < typedThenOption.length; i += 2) {
            oils.fill(typedThenOption[i]);
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(typedThenOption[i + 1]))
                    .click();
        }
        page.keyboard().press("Escape");
    }

    /** Next through every remaining step, then See result, and waits for the verdict. */
    public static void nextUntilResult(Page page) {
        while (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                        .count()
                > 0) {
            next(page);
        }
        answerNoToTheRest(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See result"))
                .click();
        page.waitForSelector("#verdict");
    }
}
