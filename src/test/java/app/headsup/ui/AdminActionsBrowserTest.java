package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What the admin does to another account, in real headless Chromium: an account switched off is out
 * at its next click; a password set by the admin must be changed before anything else opens. Vaadin's
 * heartbeat keeps its default (minutes), so the click, not a heartbeat, is the switched-off account's
 * next request.
 */
@TestPropertySource(properties = {"headsup.admin.username=admin", "headsup.admin.password=first-admin-password"})
class AdminActionsBrowserTest extends BrowserTestBase {

    @Autowired
    Accounts accounts;

    /** The accounts grid's cells, once it lists this account. */
    private static Locator accountCells(Page admin, String username) {
        var cells = admin.locator("#accounts [role=cell]");
        cells.getByText(username, new Locator.GetByTextOptions().setExact(true)).waitFor();
        return cells;
    }

    @Test
    void anAccountSwitchedOffIsOutAtItsNextClick() {
        accounts.create("test", "sam", "Sam Switched", "sam-long-password", Role.THERAPIST);
        var sam = signedInToThePractice("sam", "sam-long-password");
        assertThat(sam.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();

        var admin = signedInToThePractice("admin", "first-admin-password");
        var cells = accountCells(admin, "sam");
        int row = cells.allTextContents().indexOf("sam");
        cells.nth(row + 3).getByRole(AriaRole.BUTTON).click();
        assertThat(cells.nth(row + 3)).hasText("No: switch on");

        // Sam's next action, whatever it is, ends on the sign-in page.
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client"))
                .click();
        Browser.onTheSignInPage(sam);
        sam.navigate(sam.url().replace("/login", "/practice"));
        Browser.onTheSignInPage(sam);
    }

    @Test
    void anEmptyAddFormSaysEveryFieldItNeedsAndComesBeforeTheList() {
        var admin = signedInToThePractice("admin", "first-admin-password");
        var add = admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add therapist"));
        Assertions.assertThat(add.boundingBox().y)
                .as("the form before the list")
                .isLessThan(admin.locator("#accounts").boundingBox().y);
        add.click();
        assertThat(admin.locator("#account-message")).hasText("Nobody added yet: please see the marked fields.");
        assertThat(admin.getByText("A user name is 3 to 80 letters").first()).isVisible();
        assertThat(admin.getByText("Please give the therapist's full name.").first())
                .isVisible();
        assertThat(admin.getByText("A password needs at least 12 characters.").first())
                .isVisible();
        Accessibility.assertNoSeriousViolations(admin);
    }

    @Test
    void aPasswordSetByTheAdminMustBeChangedFirst() {
        var pat = accounts.create("test", "pat", "Pat Forgot", "pat-first-password", Role.THERAPIST);
        var admin = signedInToThePractice("admin", "first-admin-password");
        var cells = accountCells(admin, "pat");
        int row = cells.allTextContents().indexOf("pat");
        cells.nth(row + 4).getByRole(AriaRole.BUTTON).click();
        var newPassword = admin.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("New password ("));
        newPassword.fill("too-short");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(admin.locator("vaadin-dialog-overlay, vaadin-dialog")
                        .getByText("at least 12 characters")
                        .first())
                .isVisible();
        newPassword.fill("given-by-the-admin");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(admin.getByText("New password set for pat.")).isVisible();
        Assertions.assertThat(accounts.byUsername("pat").mustChangePassword()).isTrue();

        var page = signedInToThePractice("pat", "given-by-the-admin");
        page.waitForURL(url -> url.contains("/practice/password"));
        assertThat(page.locator("#password-intro")).containsText("set for you");
        page.navigate(page.url().replaceAll("/practice/password.*", "/practice"));
        page.waitForURL(url -> url.contains("/practice/password"));
        page.getByLabel("Current password").fill("given-by-the-admin");
        page.getByLabel("New password (").fill("x".repeat(80));
        page.getByLabel("New password (").press("Tab");
        assertThat(page.getByText("A password can be at most 72 bytes")).isVisible();
        page.getByLabel("New password (").fill("pats-own-password");
        page.getByLabel("New password again").fill("pats-own-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();
        Assertions.assertThat(accounts.byUsername(pat.username()).mustChangePassword())
                .isFalse();
    }
}
