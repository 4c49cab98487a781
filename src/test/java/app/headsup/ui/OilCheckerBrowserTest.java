package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The oil checker in real headless Chromium: statuses follow the answers; the calculator keeps to the cap. */
class OilCheckerBrowserTest extends BrowserTestBase {

    private static void pick(Page page, String search, String option) {
        page.getByLabel("Oils").fill(search);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
    }

    @Test
    void statusesFollowTheAnswersAndTheCalculatorKeepsToThePersonsMaximum() {
        var page = open("/oils", 1280);
        pick(page, "almond", "Sweet almond (carrier oil, from nuts)");
        pick(page, "laven", "Lavender (essential oil)");
        pick(page, "berga", "Bergamot (essential oil, sun-sensitising)");
        page.keyboard().press("Escape");
        page.getByLabel("Age (years)").fill("30");
        var statuses = page.locator("#oil-statuses");
        assertThat(statuses.locator("[data-oil=LAVENDER]")).containsText("Patch-test first");
        assertThat(statuses.locator("[data-oil=LAVENDER]")).containsText("at most 2 %, 12 drops per 30 ml");
        assertThat(statuses.locator("[data-oil=SWEET_ALMOND]")).containsText("Patch-test first");

        page.getByText("Tree nuts").click();
        assertThat(statuses.locator("[data-oil=SWEET_ALMOND]")).containsText("Avoid");
        assertThat(statuses.locator("[data-oil=SWEET_ALMOND]")).containsText("allergy to tree nuts");
        assertThat(statuses).containsText("strong sun");
        assertThat(page.locator("#patch-test li")).hasCount(5);

        page.getByLabel("Drops you mean to add").fill("20");
        assertThat(page.locator("#calculation")).containsText("At most 12 drops in 30 ml (2 %)");
        assertThat(page.locator("#calculation")).containsText("too strong for this person, use at most 12 drops");

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes")).first().check();
        assertThat(statuses.locator("[data-oil=LAVENDER]")).containsText("at most 1 %, 6 drops per 30 ml");
        assertThat(page.locator("#calculation")).containsText("At most 6 drops in 30 ml (1 %)");
        Browser.screenshot(page, "oil-checker-1280");
    }
}
