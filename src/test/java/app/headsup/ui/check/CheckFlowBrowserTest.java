package app.headsup.ui.check;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import app.headsup.ui.Steps;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The questionnaire in real headless Chromium: answer, submit, read the result, as a person would. */
class CheckFlowBrowserTest extends BrowserTestBase {

    /** Consent yes, the age, then Next through to the health step. */
    private static void startAnswering(Page page, int age) {
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill(Integer.toString(age));
        Steps.next(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Health")))
                .isVisible();
    }

    @Test
    void theStartPageSaysWhatHeadsUpIsAndShowsTheRuleSetVersion() {
        var page = open("/", 1280);
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Is this massage safe, and how?")))
                .isVisible();
        assertThat(page.getByText("not a diagnosis").first()).isVisible();
        assertThat(page.locator("footer.headsup-footer")).containsText("Rule set 2027.01+");
        Browser.screenshot(page, "start-1280");
    }

    /** On a phone every step fits the screen and every question's label reads whole ("Age of the pers…" did not). */
    @Test
    void everyStepReadsWholeOnAPhone() {
        var page = open("/check", 375);
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill("40");
        while (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                        .count()
                > 0) {
            Browser.assertFitsWidth(page, 375);
            Browser.assertLabelsWhole(page);
            Steps.next(page);
        }
        Browser.assertFitsWidth(page, 375);
        Browser.assertLabelsWhole(page);
    }

    @Test
    void aHealthyPersonGetsGoAheadAndTheSevenStepRoutine() {
        var page = open("/check", 1280);
        startAnswering(page, 31);
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        assertThat(page.locator("#routine")).containsText("Seven-step head massage");
        Browser.screenshot(page, "result-proceed-1280");
    }

    @Test
    void aRecentHeadInjuryMeansSeeADoctorAndNoRoutineAppears() {
        var page = open("/check", 1280);
        startAnswering(page, 22);
        page.locator(".theme").nth(1).getByText("Yes, or not sure").click();
        Steps.answerYes(page, "HEAD_OR_NECK_INJURY_RECENT");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("See a doctor first");
        assertThat(page.locator("#no-routine")).isVisible();
        assertThat(page.locator("#routine")).hasCount(0);
        assertThat(page.locator("#how")).hasCount(0);
        assertThat(page.locator("#doctor-note")).containsText("a recent head or neck injury needs their go-ahead");
        Browser.screenshot(page, "result-see-doctor-1280");
    }

    @Test
    void anAreaTappedOnTheMapIsShadedThereAndLeftOutOfTheRoutine() {
        var page = open("/check", 1280);
        startAnswering(page, 35);
        Steps.next(page); // health
        Steps.next(page); // allergies
        page.locator(".body-map g[data-area=SCALP]").click();
        visibleItem(page, "A rash, or eczema or psoriasis flaring").click();
        assertThat(page.locator("vaadin-select[data-area=SCALP]")).containsText("A rash");
        assertThat(page.locator(".body-map g.marked")).hasCount(1);
        assertThat(page.locator(".body-map g[data-area=SCALP]"))
                .hasAttribute("aria-label", "Scalp, marked: a rash, or eczema or psoriasis flaring");
        Browser.screenshot(page, "areas-map-1280");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead, with changes");
        assertThat(page.locator("#leave-out")).hasText("Leave out: scalp.");
        // The map and the routine agree: the shaded areas are exactly the ones named, and no step uses them.
        assertThat(page.locator("#avoid-map g.avoid")).hasCount(1);
        assertThat(page.locator("#avoid-map g.avoid")).hasAttribute("data-area", "SCALP");
        assertThat(page.locator("#routine")).isVisible();
        assertThat(page.locator("#routine .routine-steps li").allTextContents())
                .isNotEmpty()
                .noneMatch(step -> step.toLowerCase().contains("scalp"));
        assertThat(page.locator("#routine .routine-omitted")).containsText("Leave out the scalp");
        Browser.screenshot(page, "result-avoid-area-1280");
    }

    @Test
    void theMapWorksFromTheKeyboard() {
        var page = open("/check", 1280);
        startAnswering(page, 35);
        Steps.next(page); // health
        Steps.next(page); // allergies
        page.locator(".body-map g[data-area=NECK]").focus();
        page.keyboard().press("Enter");
        assertThat(visibleItem(page, "A bruise")).isVisible();
        page.keyboard().press("Escape");
        // Wait until the list has closed completely before moving on.
        assertThat(visibleItem(page, "A bruise")).isHidden();
        page.waitForFunction("!document.querySelector('vaadin-select[opened]')");
        page.locator(".body-map g[data-area=HANDS]").focus();
        page.keyboard().press(" ");
        assertThat(page.locator("vaadin-select[data-area=HANDS]")).hasAttribute("opened", "");
        visibleItem(page, "Please don't touch here").click();
        assertThat(page.locator(".body-map g.marked")).hasCount(1);
        assertThat(page.locator(".body-map g.marked")).hasAttribute("data-area", "HANDS");
        page.setViewportSize(375, 900);
        Browser.screenshot(page, "areas-map-375");
        Browser.assertFitsWidth(page, 375);
        Browser.assertLabelsWhole(page);
    }

    private static Locator visibleItem(Page page, String text) {
        return page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setVisible(true))
                .getByText(text);
    }

    @Test
    void aNewOilGivesThePatchTestStepsAndACalendarReminder() throws Exception {
        var page = open("/check", 1280);
        startAnswering(page, 40);
        for (int i = 0; i < 4; i++) {
            Steps.next(page); // health, allergies, areas, giver
        }
        Steps.chooseOils(page, "jojo", "Jojoba (carrier oil)", "laven", "Lavender (essential oil)");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#patch-test")).containsText("Patch test first: Jojoba, Lavender");
        assertThat(page.locator("#patch-test li")).hasCount(5);
        var download =
                page.waitForDownload(() -> page.locator("#patch-test-reminder").click());
        assertThat(download.suggestedFilename()).isEqualTo("patch-test-reminder.ics");
        String ics = Files.readString(download.path());
        assertThat(ics).contains("BEGIN:VEVENT").contains("SUMMARY:Look at the patch test: Jojoba\\, Lavender");
    }

    @Test
    void whenTheOnlyCarrierIsRuledOutTheRoutineNamesCarriersThatWouldSuit() {
        var page = open("/check", 1280);
        startAnswering(page, 40);
        Steps.next(page); // health: nothing
        page.getByLabel("Is the person being massaged allergic to anything?")
                .getByText("Yes, or not sure")
                .click();
        Steps.answerYes(page, "TREE_NUT");
        for (int i = 0; i < 3; i++) {
            Steps.next(page); // allergies, areas, giver
        }
        Steps.chooseOils(page, "almond", "Sweet almond (carrier oil)", "laven", "Lavender (essential oil)");
        Steps.nextUntilResult(page);

        assertThat(page.locator("#routine")).containsText("dry hands");
        var carriers = page.locator("#carriers-to-try");
        assertThat(carriers)
                .containsText("To use lavender, mix it into a carrier oil that the answers do not rule out");
        assertThat(carriers).containsText("jojoba");
        assertThat(carriers).not().containsText("almond");
        assertThat(carriers).containsText("Patch-test the carrier first");
    }

    @Test
    void aMissingOrImpossibleAnswerIsShownAtItsFieldAndNothingIsLost() {
        var page = open("/check", 1280);
        var nextButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"));
        nextButton.click();
        // Read at the field itself (Vaadin also announces it once in a live region for screen readers).
        assertThat(page.locator("vaadin-radio-group [slot=error-message]").first())
                .hasText("Please choose yes or no.");
        assertThat(page.locator(".step-progress")).hasText("Step 1 of 8");
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        var age = page.getByLabel("Age of the person being massaged (years)");
        age.fill("150");
        page.getByLabel("Pregnant, or might be?")
                .getByText("Yes", new Locator.GetByTextOptions().setExact(true))
                .click();
        nextButton.click();
        assertThat(page.locator("vaadin-integer-field [slot=error-message]"))
                .hasText("Please enter a whole number of years from 0 to 120.");
        assertThat(page.locator(".step-progress")).hasText("Step 2 of 8");
        assertThat(age).hasValue("150");
        age.fill("");
        nextButton.click();
        assertThat(page.locator("vaadin-integer-field [slot=error-message]"))
                .hasText("Please enter the age in whole years.");
        age.fill("33");
        Steps.next(page);
        Steps.nextUntilResult(page);
        // The pregnancy answered next to the invalid age was kept and counted.
        assertThat(page.locator("#verdict")).containsText("Go ahead, with changes");
        assertThat(page.locator("#how")).containsText("Pressure: light");
        assertThat(page.locator("#leave-out")).containsText("feet");
    }

    @Test
    void noSafetyAnswerIsChosenForThePersonAndNextAsksForEachOne() {
        var page = open("/check", 1280);
        var nextButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"));
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        page.getByLabel("Age of the person being massaged (years)").fill("40");
        var pregnancy = page.getByLabel("Pregnant, or might be?");
        assertThat(pregnancy.locator("vaadin-radio-button[checked]")).hasCount(0);
        nextButton.click();
        assertThat(pregnancy.locator("[slot=error-message]")).hasText("Please choose an answer.");
        assertThat(page.locator(".step-progress")).hasText("Step 2 of 8");
        Steps.next(page);

        // The health step: not one theme starts on "No", and Next names every one left open.
        var themes = page.locator(".theme");
        int count = themes.count();
        assertThat(page.locator(".theme vaadin-radio-button[checked]")).hasCount(0);
        nextButton.click();
        assertThat(page.locator(".theme vaadin-radio-group[invalid]")).hasCount(count);
        assertThat(page.locator(".step-progress")).hasText("Step 3 of 8");
        // A theme opened asks each of its questions; "No" to it again takes those answers back.
        themes.first().getByText("Yes, or not sure").click();
        var followUps = themes.first().locator(".follow-ups vaadin-radio-group");
        assertThat(followUps.first()).isVisible();
        assertThat(themes.first().locator(".follow-ups vaadin-radio-button[checked]"))
                .hasCount(0);
        followUps
                .first()
                .getByText("Yes", new Locator.GetByTextOptions().setExact(true))
                .click();
        themes.first()
                .getByText("No", new Locator.GetByTextOptions().setExact(true))
                .first()
                .click();
        assertThat(followUps.first()).isHidden();
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        assertThat(page.locator("#verdict")).not().containsText("with changes");
    }

    @Test
    void aNoToConsentGivesNotTodayWithNothingAboutAnAgeThatWasNeverGiven() {
        var page = open("/check", 1280);
        page.getByText("No, not today").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(page.locator("#verdict")).containsText("Not today");
        assertThat(page.locator("main")).not().containsText("baby");
        assertThat(page.locator("main")).not().containsText("A parent decides");
    }

    @Test
    void theDoctorNoteSaysWhatWasAnsweredAndNamesTheOilsItLeavesOut() {
        var page = open("/check", 1280);
        startAnswering(page, 40);
        page.locator(".theme").nth(1).getByText("Yes, or not sure").click();
        page.locator("[data-code=EPILEPSY]").getByText("Not sure").click();
        for (int i = 0; i < 4; i++) {
            Steps.next(page); // health, allergies, areas, giver
        }
        Steps.chooseOils(page, "rosem", "Rosemary (essential oil)");
        Steps.nextUntilResult(page);

        var note = page.locator("#doctor-note");
        assertThat(note).containsText("the answer was \"not sure\"");
        assertThat(note).containsText("Epilepsy or seizures?");
        assertThat(note).containsText("leave out rosemary, eucalyptus, sage");
        assertThat(note).containsText("Oils we meant to use and now leave out: Rosemary.");
        assertThat(note).not().containsText("named here");
    }

    @Test
    void answersAreKeptWhenGoingBack() {
        var page = open("/check", 1280);
        startAnswering(page, 47);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back"))
                .click();
        assertThat(page.getByLabel("Age of the person being massaged (years)")).hasValue("47");
    }

    @Test
    void theQuestionnaireAndTheStartPageFitAPhone() {
        for (String path : new String[] {"/", "/check"}) {
            var page = open(path, 375);
            Browser.screenshot(page, (path.equals("/") ? "start" : "check") + "-375");
            assertThat(page.evaluate(TOO_WIDE))
                    .as(path + " elements wider than the screen")
                    .isEqualTo("");
        }
    }

    private static final String TOO_WIDE = """
            [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 376)
              .map(e => e.tagName.toLowerCase() + '.' + e.className).slice(0, 8).join(' | ')""";
}
