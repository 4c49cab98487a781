package app.headsup.ui.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.ui.Accessibility;
import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import app.headsup.ui.LogCapture;
import app.headsup.ui.Steps;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.TestPropertySource;

/**
 * The therapist's side in real headless Chromium: the first admin from the settings, accounts,
 * sign-in and out, a therapist's own clients, and another therapist seeing none of them.
 */
@TestPropertySource(properties = {"headsup.admin.username=admin", "headsup.admin.password=first-admin-password"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class PracticeBrowserTest extends BrowserTestBase {

    private static final LogCapture LOG = new LogCapture("practice-test");

    @BeforeEach
    void captureTheLog() {
        LOG.attach();
    }

    static String pdfText(Path file) {
        try (var document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Another therapist's record is "not found" and shows nothing of it. (Right after a sign-in the
     * browser may still be finishing the redirect, so the page is opened until it has really loaded.)
     */
    static void assertNotFound(Page page, String url) {
        for (int attempt = 0; attempt < 3 && !page.url().equals(url); attempt++) {
            page.navigate(url);
            page.waitForLoadState();
        }
        assertThat(page.locator("body")).containsText("Could not navigate");
        assertThat(page.getByText("Clara")).hasCount(0);
        assertThat(page.locator("#signed, #client-details, #confirmation")).hasCount(0);
    }

    /**
     * A download (PDF, JSON export) lives at a URL of the owner's UI session: the owner gets the file;
     * another therapist who is signed in, or a visitor who is not, gets no byte of it.
     */
    static void onlyTheOwnerDownloads(Page owner, String link, String fileStart, Page... others) {
        String url = owner.url().replaceAll("(https?://[^/]+/).*", "$1")
                + owner.locator(link).getAttribute("href");
        var own = owner.request().get(url);
        Assertions.assertThat(own.status()).isEqualTo(200);
        Assertions.assertThat(own.text()).startsWith(fileStart);
        for (Page other : others) {
            var response = other.request().get(url);
            Assertions.assertThat(response.text())
                    .as("%s fetched by another session", link)
                    .doesNotStartWith(fileStart)
                    .doesNotContain("Clara");
        }
    }

    /** The page as a phone shows it: a screenshot to look at, and nothing sticking out sideways. */
    static void onAPhone(Page page, String name) {
        Browser.assertLabelsWhole(page);
        page.setViewportSize(375, 900);
        Browser.screenshot(page, name + "-375");
        Browser.assertFitsWidth(page, 375);
        Browser.assertLabelsWhole(page);
        page.setViewportSize(1280, 900);
    }

    /** Every one of these is visible whole at 375 px: a phone reaches every action and reads every name. */
    static void wholeOnAPhone(Page page, Locator each) {
        page.setViewportSize(375, 900);
        for (Locator one : each.all()) {
            if (one.isVisible()) {
                one.scrollIntoViewIfNeeded();
                var box = one.boundingBox();
                Assertions.assertThat(box.x).as(one.textContent()).isGreaterThanOrEqualTo(0);
                Assertions.assertThat(box.x + box.width).as(one.textContent()).isLessThanOrEqualTo(375);
                Assertions.assertThat((boolean) one.evaluate("e => e.scrollWidth <= e.clientWidth"))
                        .as("%s is not cut off", one.textContent())
                        .isTrue();
            }
        }
        page.setViewportSize(1280, 900);
    }

    /** The client ticks both boxes on the therapist's screen, types a name and signs. */
    private static double fontSizePx(Locator text) {
        return ((Number) text.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
    }

    static void clientSigns(Page page, String typedName) {
        page.getByText("I, the client, confirm").click();
        page.getByText("I agree that my answers").click();
        page.getByLabel("Client: type your full name to sign").fill(typedName);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and save"))
                .click();
    }

    static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(url -> !url.contains("/practice"));
    }

    @Test
    @Order(1)
    void theFirstAdminAddsTwoTherapists() {
        var page = open("/practice", 1280);
        page.waitForURL(url -> url.endsWith("/login"));
        Accessibility.assertNoSeriousViolations(page);
        assertThat(page.locator("footer")).not().containsText("Nothing you enter here is stored");
        assertThat(page.locator("footer")).containsText("recorded in the practice's audit log");
        Browser.signIn(page, "admin", "first-admin-password");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts")))
                .isVisible();
        for (String name : new String[] {"tess", "theo"}) {
            page.getByLabel("User name").fill(name);
            page.getByLabel("Full name").fill(name.toUpperCase() + " Therapist");
            page.getByLabel("First password").fill(name + "-long-password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add therapist"))
                    .click();
            assertThat(page.locator("#account-message"))
                    .hasText("Added " + name + ". Give them the password in person.");
            // The emptied form is ready for the next one, not marked wrong.
            assertThat(page.locator("vaadin-password-field")).not().hasAttribute("invalid", "");
            assertThat(page.getByText("A password needs at least 12 characters."))
                    .hasCount(0);
        }
        page.getByLabel("User name").fill("short");
        page.getByLabel("Full name").fill("Short Password");
        page.getByLabel("First password").fill("too-short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add therapist"))
                .click();
        assertThat(page.locator("#account-message")).hasText("Nobody added yet: please see the marked fields.");
        assertThat(page.getByText("A password needs at least 12 characters.").first())
                .isVisible();
        assertThat(page.locator("#accounts")).containsText("tess");
        assertThat(page.locator("#accounts")).not().containsText("Short Password");
        Accessibility.assertNoSeriousViolations(page);
        onAPhone(page, "practice-accounts");
        wholeOnAPhone(page, page.locator("#accounts").getByRole(AriaRole.BUTTON));
        wholeOnAPhone(page, page.locator("#accounts").getByText("TESS Therapist"));
        Browser.screenshot(page, "practice-accounts-1280");
        signOut(page);
    }

    @Test
    @Order(2)
    void aTherapistSeesOnlyTheirOwnClients() {
        var page = open("/practice", 1280);
        Browser.signIn(page, "tess", "tess-long-password");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client"))
                .click();
        assertThat(page.locator("vaadin-text-field [slot=error-message]").first())
                .hasText("Please give the client's full name.");
        page.getByLabel("Full name").fill("Clara Client");
        page.getByLabel("Phone or e-mail (optional)").fill("clara@example.org");
        page.getByLabel("Date of birth (year-month-day)").fill("1990-04-02");
        page.getByLabel("Date of birth (year-month-day)").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client"))
                .click();
        assertThat(page.locator("#client-message")).hasText("Added Clara Client.");
        Accessibility.assertNoSeriousViolations(page);
        onAPhone(page, "practice-clients");
        wholeOnAPhone(page, page.locator("#clients").getByRole(AriaRole.LINK));
        wholeOnAPhone(page, page.locator("#clients [role=cell]"));
        page.locator("#clients").getByText("Clara Client").click();
        assertThat(page.locator("#client-details")).containsText("1990-04-02");
        page.waitForURL(url -> url.matches(".*/practice/clients/\\d+$"));
        String clientUrl = page.url();

        // An intake: the questionnaire with the age from the date of birth, the result, the signature.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an intake"))
                .click();
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        assertThat(page.getByLabel("Age of the person being massaged (years)"))
                .not()
                .hasValue("");
        Accessibility.assertNoSeriousViolations(page);
        Steps.next(page);
        page.locator(".theme").first().getByText("Yes, or not sure").click();
        Steps.answerYes(page, "MIGRAINE_NOW");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("Not today");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and save"))
                .click();
        assertThat(page.locator("#sign-message")).containsText("confirm");
        // The message was about the form as it was: ticking a box takes it away.
        page.getByText("I, the client, confirm").click();
        assertThat(page.locator("#sign-message")).hasText("");
        page.getByText("I, the client, confirm").click();
        clientSigns(page, "Someone Else");
        assertThat(page.locator("#sign-message")).hasText("The name typed is not the client's full name.");
        Accessibility.assertNoSeriousViolations(page);
        onAPhone(page, "practice-confirmation");
        page.getByLabel("Client: type your full name to sign").fill("Clara Client");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and save"))
                .click();
        assertThat(page.locator("#signed")).containsText("Signed by Clara Client");
        assertThat(page.locator("#signed")).containsText("rule set 2027.01+");
        assertThat(page.locator("#verdict")).containsText("Not today");
        page.getByLabel("Add a note").fill("Moved the session to Friday.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add session note"))
                .click();
        assertThat(page.locator("#notes")).containsText("Session note");
        assertThat(page.locator("#notes")).containsText("Moved the session to Friday.");
        // A note longer than a note holds says so as it is typed; one without spaces wraps in the page.
        page.getByLabel("Add a note").fill("x".repeat(5000));
        assertThat(page.getByText("4,000 of 4,000 characters: the most a note holds"))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add session note"))
                .click();
        assertThat(page.locator("#notes li")).hasCount(2);
        Browser.assertFitsWidth(page, 1280);
        Accessibility.assertNoSeriousViolations(page);
        page.waitForURL(url -> url.matches(".*/practice/intakes/\\d+$"));
        String intakeUrl = page.url();
        // The record shows what the client answered, not only what followed from it.
        assertThat(page.locator("#answers")).containsText("Conditions: A migraine right now");
        assertThat(page.locator("#answers")).not().containsText("right now?");
        assertThat(page.locator("#answers")).containsText("Wants a massage today: yes");
        // Theo, signed in at the same time elsewhere, and a visitor who is not signed in.
        var theoElsewhere = open("/practice", 1280);
        Browser.signIn(theoElsewhere, "theo", "theo-long-password");
        assertThat(theoElsewhere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();
        var nobody = open("/", 1280);
        onlyTheOwnerDownloads(page, "#pdf", "%PDF", theoElsewhere, nobody);
        var download = page.waitForDownload(() -> page.locator("#pdf").click());
        String pdf = pdfText(download.path());
        Assertions.assertThat(pdf)
                .contains(
                        "Client: Clara Client",
                        "Result: not today",
                        "Conditions: A migraine right now",
                        "No routine",
                        "Rule set: 2027.01+",
                        "typing their name \"Clara Client\"",
                        "Moved the session to Friday.");
        Browser.screenshot(page, "practice-intake-1280");
        page.getByText("← Clara Client").click();
        assertThat(page.locator("#export")).isVisible();
        // The export's own opening: an error page (JSON too) that another session gets is no part of it.
        onlyTheOwnerDownloads(page, "#export", "{\n  \"client\"", theoElsewhere, nobody);
        theoElsewhere.context().close();
        nobody.context().close();
        assertThat(page.locator("#history")).containsText("Not today");

        // She comes back: the answers start from last time; "nothing has changed" goes straight to the result.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an intake"))
                .click();
        page.locator("#nothing-changed").click();
        assertThat(page.locator("#changes")).containsText("Nothing.");
        assertThat(page.locator("#verdict")).containsText("Not today");
        // ...but the migraine has gone: change that one answer and see it before signing.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change answers"))
                .click();
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        Steps.next(page);
        page.locator("[data-code=MIGRAINE_NOW]")
                .getByText("No", new Locator.GetByTextOptions().setExact(true))
                .click();
        Steps.nextUntilResult(page);
        assertThat(page.locator("#changes")).containsText("No longer condition: A migraine right now");
        assertThat(page.locator("#verdict")).containsText("Go ahead");
        clientSigns(page, "Clara Client");
        assertThat(page.locator("#changes-since-last")).containsText("No longer condition: A migraine right now");
        page.getByText("← Clara Client").click();
        assertThat(page.locator("#history [role=cell]").filter(new Locator.FilterOptions().setHasText("Go ahead")))
                .not()
                .hasCount(0);
        wholeOnAPhone(page, page.locator("#history").getByRole(AriaRole.LINK));
        wholeOnAPhone(page, page.locator("#history [role=cell]"));
        Browser.screenshot(page, "practice-client-1280");
        signOut(page);

        var theo = page;
        theo.navigate(clientUrl.replaceAll("/clients/.*$", ""));
        Browser.signIn(theo, "theo", "theo-long-password");
        assertThat(theo.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();
        assertThat(theo.getByText("No clients yet: add your first one below.")).isVisible();
        assertThat(theo.locator("main")).not().containsText("Clara");
        for (String url :
                new String[] {clientUrl, intakeUrl, clientUrl.replace("/practice/clients/", "/practice/intake/")}) {
            assertNotFound(theo, url);
        }

        // On a phone a date of birth decades back is typed: the calendar opens only from its own button.
        theo.navigate(clientUrl.replaceAll("/clients/.*$", ""));
        theo.setViewportSize(375, 900);
        theo.getByLabel("Full name").fill("Otto Phone");
        var born = theo.getByLabel("Date of birth (year-month-day)");
        // A day in the future is refused with a message in the field and under the button, never silently.
        born.click();
        born.pressSequentially("2099-01-01");
        born.press("Tab");
        theo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client"))
                .click();
        assertThat(theo.locator("#client-message")).hasText("Nothing added yet: please see the marked fields.");
        assertThat(theo.getByText("A date of birth cannot be in the future.").first())
                .isVisible();
        born.fill("");
        born.click();
        born.pressSequentially("1975-03-09");
        assertThat(theo.locator("vaadin-date-picker[opened]")).hasCount(0);
        born.press("Tab");
        theo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client"))
                .click();
        assertThat(theo.locator("#client-message")).hasText("Added Otto Phone.");
        assertThat(theo.locator("#clients")).containsText("Otto Phone");
        theo.setViewportSize(1280, 900);
    }

    /** The link's token, to show that the log never holds it. */
    private static String prefillToken = "";

    @Test
    @Order(3)
    void aClientFillsAPrefillLinkAtHomeAndTheTherapistReviewsAndSignsIt() {
        var page = open("/practice", 1280);
        Browser.signIn(page, "tess", "tess-long-password");
        page.locator("#clients").getByText("Clara Client").click();
        page.waitForURL(url -> url.matches(".*/practice/clients/\\d+$"));
        String clientPage = page.url();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a pre-fill link"))
                .click();
        String link = page.locator("#prefill-url input").inputValue();
        Assertions.assertThat(link).matches("http://localhost:\\d+/prefill/[A-Za-z0-9_-]{43}");
        prefillToken = link.substring(link.lastIndexOf('/') + 1);
        assertThat(page.locator("#prefill-links")).containsText("Made, not opened");
        Accessibility.assertNoSeriousViolations(page);
        onAPhone(page, "practice-client-prefill");
        String path = link.replaceAll("^http://localhost:\\d+", "");

        // At home, on a phone, with no account: two steps answered, then the page closed.
        var home = open(path, 375);
        assertThat(home.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Before your session")))
                .isVisible();
        assertThat(home.locator("main")).containsText("TESS Therapist asked you");
        assertThat(home.locator("main")).not().containsText("Clara");
        assertThat(home.locator("footer")).containsText("kept for your therapist only");
        assertThat(home.locator("header nav")).isHidden();
        assertThat(home.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Couples")))
                .hasCount(0);
        assertThat(home.locator("meta[name=referrer]")).hasAttribute("content", "same-origin");
        var headers = home.request().get(link).headers();
        Assertions.assertThat(headers)
                .containsEntry("referrer-policy", "same-origin")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY");
        Assertions.assertThat(headers.get("cache-control")).contains("no-store");
        home.getByText("Yes, I'd like that").click();
        Steps.next(home);
        assertThat(home.getByLabel("Your age (years)")).not().hasValue("");
        Accessibility.assertNoSeriousViolations(home);
        Steps.next(home);
        assertThat(home.locator(".theme").first()).containsText("Do you have any of these today");
        home.locator(".theme").first().getByText("Yes, or not sure").click();
        // The client is asked about themselves, in their own words; the therapist's screen keeps its labels.
        assertThat(home.locator("[data-code=MIGRAINE_NOW]")).containsText("Do you have a migraine right now?");
        // An answer is saved as it is given, without moving on: the page says so, then is closed.
        home.evaluate("document.getElementById('saved').textContent = ''");
        Steps.answerYes(home, "MIGRAINE_NOW");
        assertThat(home.locator("#saved")).containsText("Answers saved at");
        assertThat(home.locator("#saved")).containsText(" UTC.");
        home.context().close();

        // The therapist sees it was opened.
        page.reload();
        assertThat(page.locator("#prefill-links")).containsText("Opened, answering");

        // Later, in a new session: it carries on at the same step with the answers kept.
        var later = open(path, 375);
        assertThat(later.locator(".step-progress")).hasText("Step 3 of 5");
        assertThat(later.locator("[data-code=MIGRAINE_NOW] vaadin-radio-button[checked]"))
                .hasText("Yes");
        Browser.screenshot(later, "prefill-health-375");
        // On a phone a question reads as large and as dark as its answers, not as a small grey caption.
        var question = later.locator("[data-code=MIGRAINE_NOW] > label[slot=label]");
        var answer = later.locator("[data-code=MIGRAINE_NOW] vaadin-radio-button > label")
                .first();
        Assertions.assertThat(fontSizePx(question)).isGreaterThanOrEqualTo(fontSizePx(answer));
        Assertions.assertThat(question.evaluate("e => getComputedStyle(e).color"))
                .isEqualTo(answer.evaluate("e => getComputedStyle(e).color"));
        Steps.next(later);
        Steps.next(later);
        later.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to TESS Therapist"))
                .click();
        assertThat(later.locator("#prefill-message")).containsText("Your answers are with TESS Therapist");
        Accessibility.assertNoSeriousViolations(later);
        Browser.assertFitsWidth(later, 375);
        later.context().close();

        // One use: the link now only says the answers were sent.
        var again = open(path, 375);
        assertThat(again.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your answers have been sent")))
                .isVisible();
        assertThat(again.locator("[data-code=MIGRAINE_NOW]")).hasCount(0);
        again.context().close();
        var guess = open(path.substring(0, path.length() - 4) + "AAAA", 375);
        assertThat(guess.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link is not valid")))
                .isVisible();
        guess.context().close();

        // The therapist reviews the answers with the client, who signs in person.
        page.reload();
        // Received when: the time tells two sets of answers apart.
        assertThat(page.locator("#prefill-links")).containsText("Answers received 20");
        wholeOnAPhone(page, page.locator("#prefill-links").getByRole(AriaRole.BUTTON));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review and sign"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review: Clara Client")))
                .isVisible();
        page.locator("#prefill-result").click();
        assertThat(page.locator("#verdict")).containsText("Not today");
        assertThat(page.locator("#changes")).containsText("A migraine right now");
        clientSigns(page, "Clara Client");
        assertThat(page.locator("#signed")).containsText("Signed by Clara Client");
        assertThat(page.locator("#verdict")).containsText("Not today");
        page.waitForURL(url -> url.matches(".*/practice/intakes/\\d+$"));
        String intakeUrl = page.url();
        // The record shows what the client answered, not only what followed from it.
        assertThat(page.locator("#answers")).containsText("Conditions: A migraine right now");
        assertThat(page.locator("#answers")).not().containsText("right now?");
        assertThat(page.locator("#answers")).containsText("Wants a massage today: yes");

        // The link now says what became of its answers, and leads to that intake; it cannot be reviewed again.
        page.navigate(clientPage);
        var signedState = page.locator("#prefill-links").getByText("Signed as intake of");
        assertThat(signedState).isVisible();
        assertThat(page.locator("#prefill-links")).not().containsText("Answers received");
        assertThat(page.locator("#prefill-links .prefill-review")).isHidden();
        signedState.click();
        page.waitForURL(intakeUrl);
        assertThat(page.locator("#signed")).containsText("Signed by Clara Client");
        signOut(page);
    }

    @Test
    @Order(4)
    void aDoctorsClearanceIsRecordedWithItsDayAndAWrongAnswerIsCorrectedByANewIntake() {
        var page = open("/practice", 1280);
        Browser.signIn(page, "tess", "tess-long-password");
        page.locator("#clients").getByText("Clara Client").click();
        page.waitForURL(url -> url.matches(".*/practice/clients/\\d+$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start an intake"))
                .click();
        page.getByText("Yes, they want it").click();
        Steps.next(page);
        Steps.next(page);
        page.locator(".theme").nth(1).getByText("Yes, or not sure").click();
        Steps.answerYes(page, "HEAD_OR_NECK_INJURY_RECENT");
        Steps.nextUntilResult(page);
        assertThat(page.locator("#verdict")).containsText("See a doctor first");
        clientSigns(page, "Clara Client");
        assertThat(page.locator("#signed")).containsText("Signed by Clara Client");
        page.waitForURL(url -> url.matches(".*/practice/intakes/\\d+$"));
        String firstUrl = page.url();

        // The clearance needs the day the doctor gave it.
        page.getByLabel("Add a note").fill("Dr Gray: gentle massage is fine, no neck work.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record doctor's clearance"))
                .click();
        assertThat(page.locator("#note-message")).containsText("the day the doctor cleared");
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        page.getByLabel("Day the doctor cleared it (year-month-day)").fill(day);
        page.getByLabel("Day the doctor cleared it (year-month-day)").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record doctor's clearance"))
                .click();
        assertThat(page.locator("#notes")).containsText("Clearance given on " + day);
        assertThat(page.locator("#notes")).containsText("no neck work");
        Accessibility.assertNoSeriousViolations(page);
        var download = page.waitForDownload(() -> page.locator("#pdf").click());
        Assertions.assertThat(pdfText(download.path()))
                .contains("Result: see a doctor first", "Clearance given on " + day, "no neck work");

        // The injury was years ago, not weeks: a correction is a new intake, the first stays, marked.
        page.locator("#correct").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Correction: Clara Client")))
                .isVisible();
        Steps.next(page);
        Steps.next(page);
        page.locator("[data-code=HEAD_OR_NECK_INJURY_RECENT]")
                .getByText("No", new Locator.GetByTextOptions().setExact(true))
                .click();
        Steps.nextUntilResult(page);
        assertThat(page.locator("#changes")).containsText("Changed from the intake being corrected");
        assertThat(page.locator("#changes")).containsText("concussion");
        clientSigns(page, "Clara Client");
        assertThat(page.locator("#corrects")).isVisible();
        assertThat(page.locator("#verdict")).not().containsText("See a doctor first");
        page.locator("#corrects").click();
        page.waitForURL(firstUrl);
        assertThat(page.locator("#corrected-by")).containsText("Corrected by the intake signed");
        assertThat(page.locator("#verdict")).containsText("See a doctor first");
        onAPhone(page, "practice-corrected");
        signOut(page);
    }

    @Test
    @Order(5)
    void fiveWrongPasswordsPauseTheNameEvenForTheRightOne() {
        var page = open("/login", 1280);
        for (int i = 0; i < 5; i++) {
            Browser.signIn(page, "tess", "wrong-password-" + i);
            page.waitForURL(url -> url.contains("error"));
        }
        Browser.signIn(page, "tess", "tess-long-password");
        page.waitForURL(url -> url.contains("error"));
        assertThat(page.getByText("too many tries")).isVisible();
        assertThat(page.locator("#clients")).hasCount(0);
    }

    @Test
    @Order(6)
    void anonymousVisitorsAreSentToSignInAndPublicPagesStayOpen() {
        var page = open("/practice/accounts", 1280);
        page.waitForURL(url -> url.endsWith("/login"));
        page.navigate(page.url().replace("/login", "/check"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check a massage")))
                .isVisible();
    }

    @Test
    @Order(7)
    void theLogOfAllThatHoldsNoNamesHealthAnswersOrPasswords() {
        LoggerFactory.getLogger(PracticeBrowserTest.class).info("log capture is live");
        String log = LOG.text();
        Assertions.assertThat(log).contains("log capture is live");
        Assertions.assertThat(prefillToken).as("the pre-fill test ran first").hasSize(43);
        for (String secret : new String[] {
            "Clara",
            "clara@example.org",
            "1990-04-02",
            "MIGRAINE",
            "migraine",
            "Moved the session",
            "Dr Gray",
            "no neck work",
            "HEAD_OR_NECK",
            prefillToken,
            "first-admin-password",
            "tess-long-password",
            "wrong-password"
        }) {
            Assertions.assertThat(log).as("the log must not contain %s", secret).doesNotContain(secret);
        }
    }
}
