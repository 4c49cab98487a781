package app.headsup.ui.couple;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import app.headsup.ui.Steps;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A couple answers once each and sees both directions side by side, in real headless Chromium. */
class CoupleFlowBrowserTest extends BrowserTestBase {

    private static final Locator.GetByTextOptions EXACT = new Locator.GetByTextOptions().setExact(true);

    @Test
    void bothDirectionsAreScreenedAndShownSideBySide() {
        var page = open("/couple", 1280);
        // Partner A: healthy, sore thumbs.
        page.getByText("Yes, I'd like that").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("34");
        Steps.next(page); // age
        Steps.next(page); // health
        Steps.next(page); // allergies
        Steps.next(page); // areas
        page.getByText("Sore wrists or thumbs?").click();
        Steps.next(page); // hands
        // Partner B: wears hearing aids.
        page.getByText("Yes, I'd like that").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("31");
        Steps.next(page);
        page.locator(".theme").nth(4).getByText("Yes, or not sure").click();
        page.locator("[data-code=HEARING_AID]").getByText("Yes", EXACT).click();
        Steps.nextUntilResult(page);

        var aGives = page.locator("#a-massages-b");
        var bGives = page.locator("#b-massages-a");
        assertThat(aGives.locator("#verdict")).containsText("Go ahead, with changes");
        assertThat(aGives.locator("#how")).containsText("Leave out: ears");
        assertThat(aGives.locator("#how")).containsText("Pressure: light");
        assertThat(aGives).containsText("palms and fingertips");
        assertThat(bGives.locator("#verdict")).containsText("Go ahead");
        assertThat(bGives.locator("#verdict")).not().containsText("with changes");
        assertThat(bGives.locator("#routine")).containsText("Seven-step head massage");
        var a = aGives.boundingBox();
        var b = bGives.boundingBox();
        assertThat(b.x).as("side by side at 1280 px").isGreaterThan(a.x + a.width - 1);
        Browser.screenshot(page, "couple-result-1280");
    }

    @Test
    void aVisitToTheOilsAndBackKeepsBothPartnersAnswersAndTheResult() {
        var page = open("/couple", 1280);
        page.getByText("Yes, I'd like that").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("45");
        for (int step = 2; step <= 6; step++) {
            Steps.next(page);
        }
        page.getByText("Yes, I'd like that").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("43");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#a-massages-b #verdict")).containsText("Go ahead");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oils"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is this oil OK?")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Couples"))
                .click();
        assertThat(page.locator("#b-massages-a #verdict")).containsText("Go ahead");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change answers"))
                .click();
        assertThat(page.locator(".step-progress")).hasText("Step 14 of 14");
        page.goBack();
        assertThat(page.locator("#a-massages-b #verdict")).containsText("Go ahead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start again"))
                .click();
        assertThat(page.locator(".step-progress")).hasText("Step 1 of 14");
    }

    @Test
    void whatAPartnerSaysAboutThemselvesFollowsThemIntoTheGiversRole() {
        var page = open("/couple", 1280);
        page.getByText("Yes, I'd like that").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("34");
        for (int i = 0; i < 5; i++) {
            Steps.next(page); // Partner A: nothing to report, up to and past the hands
        }
        page.getByText("Yes, I'd like that").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("31");
        page.getByLabel("Are you pregnant, or might you be?")
                .getByText("Yes", EXACT)
                .click();
        for (int i = 0; i < 4; i++) {
            Steps.next(page); // to Partner B's hands
        }
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Partner B: Your hands")))
                .isVisible();
        assertThat(page.locator("main")).not().containsText("pregnant, or might");
        assertThat(page.locator("main")).not().containsText("a fever today");
        assertThat(page.getByText("Sore wrists or thumbs?")).isVisible();
        Steps.nextUntilResult(page);

        assertThat(page.locator("#b-massages-a")).containsText("The giver is pregnant, or may be");
        assertThat(page.locator("#a-massages-b")).not().containsText("The giver is pregnant");
        assertThat(page.locator("#a-massages-b #how")).containsText("Pressure: light");
    }

    @Test
    void oneNoPostponesOnlyTheDirectionWhereThatPartnerIsMassaged() {
        var page = open("/couple", 1280);
        page.getByText("No, not today").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("40");
        for (int i = 0; i < 5; i++) {
            Steps.next(page);
        }
        page.getByText("Yes, I'd like that").click();
        Steps.next(page);
        page.getByLabel("Your age (years)").fill("41");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#b-massages-a #verdict")).containsText("Not today");
        assertThat(page.locator("#b-massages-a #routine")).hasCount(0);
        assertThat(page.locator("#a-massages-b #verdict")).containsText("Go ahead");
        page.setViewportSize(375, 900);
        Browser.screenshot(page, "couple-result-375");
        Browser.assertFitsWidth(page, 375);
        Browser.assertLabelsWhole(page);
    }

    @Test
    void atTheEndOfOneDirectionsRoutineASwapStartsTheOther() {
        var page = open("/couple", 1280);
        for (String age : new String[] {"29", "30"}) {
            page.getByText("Yes, I'd like that").click();
            Steps.next(page);
            page.getByLabel("Your age (years)").fill(age);
            if (age.equals("29")) {
                for (int i = 0; i < 5; i++) {
                    Steps.next(page);
                }
            }
        }
        Steps.nextUntilResult(page);
        page.getByText("Start: Partner A massages Partner B").click();
        var player = page.locator("#player");
        assertThat(player.locator("h2")).containsText("Partner A massages Partner B");
        assertThat(page.locator("#finished")).isHidden();
        // Partners may swap half-way: the swap is there from the first step.
        assertThat(page.locator("#swap")).hasText("Swap: Partner B massages Partner A");
        while (player.getByText("Next step", EXACT).count() > 0) {
            String before = player.locator("h3").textContent();
            player.getByText("Next step", EXACT).click();
            assertThat(player.locator("h3")).not().hasText(before);
        }
        player.getByText("Finish", EXACT).click();
        page.getByText("Swap: Partner B massages Partner A").click();
        assertThat(page.locator("#player h2")).containsText("Partner B massages Partner A");
        assertThat(page.locator("#player h3")).containsText("Step 1 of");
        assertThat(page.locator("#finished")).isHidden();
        assertThat(page.locator("#swap")).hasText("Swap: Partner A massages Partner B");
        page.locator("#back-to-result").click();
        assertThat(page.locator("#a-massages-b #verdict")).containsText("Go ahead");
        assertThat(page.locator("#b-massages-a #verdict")).containsText("Go ahead");
    }
}
