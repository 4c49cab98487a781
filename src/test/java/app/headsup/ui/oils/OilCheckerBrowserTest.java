package app.headsup.ui.oils;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The oil checker in real headless Chromium: statuses follow the answers; the calculator keeps to the cap. */
class OilCheckerBrowserTest extends BrowserTestBase {

    private static void pick(Page page, String search, String option) {
        page.getByLabel("Oils").fill(search);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))
                .click();
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
        // Nothing is chosen for the person: no statuses until the pregnancy question is answered.
        assertThat(statuses).containsText("Answer the pregnancy question to see the statuses.");
        page.getByLabel("Pregnant, or might be?")
                .getByText("No", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(statuses.locator("[data-oil=LAVENDER]")).containsText("Patch-test first");
        assertThat(statuses.locator("[data-oil=LAVENDER]"))
                .containsText("at most 2 % on its own, at most 12 drops " + "in 30 ml of carrier");
        assertThat(statuses.locator("[data-oil=SWEET_ALMOND]")).containsText("Patch-test first");
        // Together the two share the 2 % cap; bergamot keeps to its own 0.4 %.
        assertThat(statuses)
                .containsText(
                        "Together in one bottle they share this person's limit: Lavender 1 %, " + "Bergamot 0.4 %.");

        page.getByText("Tree nuts").click();
        assertThat(statuses.locator("[data-oil=SWEET_ALMOND]")).containsText("Avoid");
        assertThat(statuses.locator("[data-oil=SWEET_ALMOND]")).containsText("allergy to tree nuts");
        assertThat(statuses).containsText("strong sun");
        // Each status says why, with its source, as the full check does.
        var why = page.locator("#oil-findings");
        assertThat(why).containsText("tree nuts");
        assertThat(why.locator(".finding").first()).containsText("Source:");
        assertThat(page.locator("#patch-test li")).hasCount(5);

        var calculation = page.locator("#calculation");
        assertThat(calculation).containsText("Lavender (1 %): at most 6 drops in 30 ml.");
        assertThat(calculation).containsText("Bergamot (0.4 %): at most 2 drops in 30 ml.");
        page.getByLabel("Drops you mean to add of it").fill("20");
        assertThat(calculation)
                .containsText("20 drops of Lavender make 3.33 %: too strong for this person in this "
                        + "blend, at most 6 drops in 30 ml.");
        assertThat(page.locator("main")).containsText("20 per ml, the large end of real droppers");
        // One drop is one, a count below none or beyond the bottle is said, never a silent nothing or 200 %.
        page.getByLabel("Drops you mean to add of it").fill("1");
        assertThat(calculation).containsText("1 drop of Lavender makes 0.17 %.");
        page.getByLabel("Drops you mean to add of it").fill("-1");
        assertThat(calculation).containsText("Drops are counted from 0 up.");
        page.getByLabel("Drops you mean to add of it").fill("900");
        assertThat(calculation).containsText("That is more than the bottle holds: 30 ml are about 600 drops.");
        // A small bottle never says "at most 0 drops".
        page.getByLabel("Carrier oil in the bottle (ml)").fill("10");
        assertThat(calculation)
                .containsText("Bergamot (0.4 %): less than one drop in 10 ml: at 0.4 % one drop needs "
                        + "at least 13 ml of carrier.");
        assertThat(calculation).not().containsText("at most 0 drop");

        page.getByLabel("Age (years)").fill("80");
        assertThat(statuses.locator("[data-oil=LAVENDER]"))
                .containsText("at most 1 % on its own, at most 6 drops in " + "30 ml of carrier");
        assertThat(calculation).containsText("Lavender (0.5 %): at most 1 drop in 10 ml.");
        // Pregnancy (v1.2): no essential oils at all.
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes"))
                .first()
                .check();
        assertThat(statuses.locator("[data-oil=LAVENDER]")).containsText("Avoid");
        assertThat(statuses.locator("[data-oil=BERGAMOT]")).containsText("Avoid");
        assertThat(calculation).containsText("Pick an essential oil that is not to be avoided");
        Browser.screenshot(page, "oil-checker-1280");
    }

    @Test
    void aYoungChildIsNotAskedAboutPregnancy() {
        var page = open("/oils", 375);
        pick(page, "laven", "Lavender (essential oil)");
        pick(page, "jojo", "Jojoba (carrier oil)");
        pick(page, "pepper", "Peppermint (essential oil)");
        page.keyboard().press("Escape");
        // On a phone every chosen oil shows as a chip, none hidden behind a count.
        for (String oil : new String[] {"Lavender", "Jojoba", "Peppermint"}) {
            assertThat(page.locator("vaadin-multi-select-combo-box-chip")
                            .filter(new Locator.FilterOptions().setHasText(oil)))
                    .isVisible();
        }
        page.getByLabel("Age (years)").fill("5");
        var statuses = page.locator("#oil-statuses");
        assertThat(statuses.locator("[data-oil=LAVENDER]")).containsText("Patch-test first");
        assertThat(page.getByLabel("Pregnant, or might be?")).isHidden();
        page.getByLabel("Age (years)").fill("14");
        assertThat(page.getByLabel("Pregnant, or might be?")).isVisible();
        assertThat(statuses).containsText("Answer the pregnancy question to see the statuses.");
    }

    @Test
    void aReloadOrAVisitElsewhereKeepsTheOilsAndTheAnswers() {
        var page = open("/oils", 1280);
        pick(page, "laven", "Lavender (essential oil)");
        page.keyboard().press("Escape");
        page.getByLabel("Age (years)").fill("30");
        page.getByLabel("Pregnant, or might be?")
                .getByText("No", new Locator.GetByTextOptions().setExact(true))
                .click();
        var lavender = page.locator("#oil-statuses [data-oil=LAVENDER]");
        assertThat(lavender).containsText("Patch-test first");

        page.reload();
        assertThat(page.locator("#oil-statuses [data-oil=LAVENDER]")).containsText("Patch-test first");
        assertThat(page.getByLabel("Age (years)")).hasValue("30");

        // A visit to another page and back, as through the menu, finds them too.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("One person"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check a massage")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oils"))
                .click();
        assertThat(page.locator("#oil-statuses [data-oil=LAVENDER]")).containsText("Patch-test first");
        assertThat(page.getByLabel("Age (years)")).hasValue("30");

        // Ticked as tested, lavender is fine; the tick is kept as well.
        var testedLavender = page.locator("vaadin-checkbox-group")
                .filter(new Locator.FilterOptions().setHasText("Already used"))
                .getByText("Lavender");
        testedLavender.click();
        assertThat(page.locator("#oil-statuses [data-oil=LAVENDER]")).containsText("Fine");
        page.reload();
        assertThat(page.locator("#oil-statuses [data-oil=LAVENDER]")).containsText("Fine");
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Lavender")))
                .isChecked();
    }
}
