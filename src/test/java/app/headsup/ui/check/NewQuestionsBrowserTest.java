package app.headsup.ui.check;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import app.headsup.ui.Steps;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The questions of rule set 2027.01 in real headless Chromium, each answered where a person meets it, with
 * the finding it leads to read on the result: whether the person can say "stop" (with consent), a past clot
 * and severe asthma (heart, blood and breathing; severe asthma only after a yes to asthma), 17 years with
 * wintergreen, and mustard oil kept off the face, step by step, in the result and in the player.
 */
class NewQuestionsBrowserTest extends BrowserTestBase {

    private static final int HEART_AND_BREATHING = 2;

    private static void consentAndAge(Page page, int age) {
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill(Integer.toString(age));
        Steps.next(page);
    }

    /** The section "What we found", every level's findings together. */
    private static Locator findings(Page page) {
        return page.locator("div:has(> h3:text-is('What we found'))");
    }

    /** Next through the health, allergy, area and giver steps, then pick the oils, as a person types them. */
    private static void toTheOils(Page page, String... typedThenOption) {
        for (int i = 0; i < 4; i++) {
            Steps.next(page);
        }
        Steps.chooseOils(page, typedThenOption);
    }

    @Test
    void whetherThePersonCanSayStopIsAskedWithConsent() {
        var page = open("/check", 1280);
        page.getByText("Yes, they want it").click();
        assertThat(page.locator("[data-code=CANNOT_GIVE_FEEDBACK]"))
                .containsText("find it hard to say that something hurts");
        Steps.answerYes(page, "CANNOT_GIVE_FEEDBACK");
        Browser.screenshot(page, "consent-feedback-1280");
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill("82");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead, with changes");
        assertThat(findings(page)).containsText("have someone who knows them nearby");
        assertThat(page.locator("#how")).containsText("Pressure: light");
    }

    @Test
    void theNewQuestionsReadWholeOnAPhone() {
        var page = open("/check", 375);
        page.getByText("Yes, they want it").click();
        assertThat(page.locator("[data-code=CANNOT_GIVE_FEEDBACK]")).isVisible();
        Browser.assertFitsWidth(page, 375);
        Browser.assertLabelsWhole(page);
        Browser.screenshot(page, "consent-feedback-375");
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill("30");
        Steps.next(page);
        page.locator(".theme")
                .nth(HEART_AND_BREATHING)
                .getByText("Yes, or not sure")
                .click();
        Steps.answerYes(page, "ASTHMA");
        assertThat(page.locator("[data-code=ASTHMA_SEVERE]")).isVisible();
        page.locator("[data-code=ASTHMA_SEVERE]").scrollIntoViewIfNeeded();
        Browser.assertFitsWidth(page, 375);
        Browser.assertLabelsWhole(page);
        Browser.screenshot(page, "health-severe-asthma-375");
    }

    @Test
    void aPastClotBesideTheClotQuestionLeavesTheFeetOut() {
        var page = open("/check", 1280);
        consentAndAge(page, 58);
        var theme = page.locator(".theme").nth(HEART_AND_BREATHING);
        theme.getByText("Yes, or not sure").click();
        assertThat(theme.locator("[data-code=BLOOD_CLOT] + [data-code=BLOOD_CLOT_HISTORY]"))
                .isVisible();
        Steps.answerYes(page, "BLOOD_CLOT_HISTORY");
        for (int i = 0; i < 5; i++) {
            Steps.next(page); // health, allergies, areas, giver, oils
        }
        page.getByText("Evening wind-down: feet and head").click();
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead, with changes");
        assertThat(findings(page)).containsText("Leave out the feet and legs");
        assertThat(page.locator("#leave-out")).containsText("feet");
        assertThat(page.locator("#routine .routine-omitted")).containsText("Leave out the feet and legs");
    }

    @Test
    void severeAsthmaIsAskedOnlyAfterAYesToAsthmaAndRulesOutEveryEssentialOil() {
        var page = open("/check", 1280);
        consentAndAge(page, 30);
        var theme = page.locator(".theme").nth(HEART_AND_BREATHING);
        theme.getByText("Yes, or not sure").click();
        var severe = page.locator("[data-code=ASTHMA_SEVERE]");
        assertThat(severe).isHidden();
        Steps.answerYes(page, "ASTHMA");
        assertThat(severe).isVisible();
        assertThat(severe).containsText("severe, or was there an attack in the past month");
        // "No" to asthma takes the follow-up away again, and with it any answer given there.
        Steps.answerYes(page, "ASTHMA_SEVERE");
        page.locator("[data-code=ASTHMA]")
                .getByText("No", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(severe).isHidden();
        Steps.answerYes(page, "ASTHMA");
        assertThat(severe.locator("vaadin-radio-button[checked]")).hasCount(0);
        Steps.answerYes(page, "ASTHMA_SEVERE");
        Browser.screenshot(page, "health-severe-asthma-1280");
        Steps.next(page);
        for (int i = 0; i < 3; i++) {
            Steps.next(page); // allergies, areas, giver
        }
        Steps.chooseOils(page, "jojo", "Jojoba (carrier oil)", "laven", "Lavender (essential oil)");
        Steps.nextUntilResult(page);
        assertThat(findings(page)).containsText("Use no essential oils at all");
        assertThat(page.locator(".oil-list [data-oil=LAVENDER]")).containsText("Severe asthma");
        assertThat(page.locator("#routine")).not().containsText("drops of Lavender");
    }

    @Test
    void aChildsParentIsNotAskedWhetherTheChildIsPregnantOrBreastfeeding() {
        var page = open("/check", 1280);
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        var age = page.getByLabel("Age of the person being massaged (years)");
        var pregnancy = page.locator("vaadin-radio-group:has-text('Pregnant, or might be?')");
        var breastfeeding = page.locator("[data-code=BREASTFEEDING]");
        assertThat(pregnancy).isVisible();
        age.fill("30");
        age.press("Tab");
        pregnancy
                .getByText("Yes", new Locator.GetByTextOptions().setExact(true))
                .click();
        // The age changed to a child's: the questions go, and so does the "yes" given to them.
        age.fill("6");
        age.press("Tab");
        Steps.settled(page);
        assertThat(pregnancy).isHidden();
        assertThat(breastfeeding).isHidden();
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        assertThat(findings(page)).containsText("A parent or guardian agrees");
        assertThat(findings(page)).not().containsText("midwife");
        assertThat(page.locator("#leave-out")).not().containsText("feet");
    }

    @Test
    void seventeenYearsOldRulesOutWintergreen() {
        var page = open("/check", 1280);
        consentAndAge(page, 17);
        toTheOils(page, "jojo", "Jojoba (carrier oil)", "winter", "Wintergreen (essential oil)");
        Steps.nextUntilResult(page);
        assertThat(findings(page)).containsText("Under 18: leave out wintergreen");
        assertThat(page.locator(".oil-list [data-oil=WINTERGREEN]")).containsText("Reye's syndrome");
    }

    @Test
    void mustardOilIsKeptOffTheFaceAtEveryFaceStepInTheResultAndThePlayer() {
        var page = open("/check", 1280);
        consentAndAge(page, 45);
        toTheOils(page, "must", "Mustard (carrier oil)");
        page.getByText("Already used on their skin")
                .locator("..")
                .getByText("Mustard")
                .click();
        Steps.next(page);
        page.getByText("Evening wind-down: hands and head").click();
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead, with changes");
        assertThat(findings(page)).containsText("Keep Mustard off the face, the forehead and the temples");
        var steps = page.locator("#routine .routine-steps li");
        assertThat(steps).hasCount(5);
        assertThat(steps.nth(0).locator(".step-caution")).hasCount(0); // hands
        for (int face : new int[] {1, 2, 4}) { // jaw hinge, temples, forehead
            assertThat(steps.nth(face).locator(".step-caution")).containsText("Careful here: Keep Mustard off");
        }
        assertThat(steps.nth(3).locator(".step-caution")).hasCount(0); // scalp
        Browser.screenshot(page, "result-mustard-1280");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the routine"))
                .click();
        assertThat(page.locator("#player")).containsText("Step 1 of 5: Hands");
        assertThat(page.locator("#step-cautions")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next step"))
                .click();
        assertThat(page.locator("#player")).containsText("Step 2 of 5: Jaw hinge");
        assertThat(page.locator("#step-cautions")).containsText("Keep Mustard off the face");
        Browser.screenshot(page, "player-mustard-1280");
    }
}
