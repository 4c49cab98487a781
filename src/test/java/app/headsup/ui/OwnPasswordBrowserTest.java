package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A therapist changes her own password, in real headless Chromium, while signed in on a second browser
 * too (the tablet at the practice, say): the other browser is out at its next click, this one stays in.
 */
class OwnPasswordBrowserTest extends BrowserTestBase {

    @Autowired
    Accounts accounts;

    @Test
    void changingYourOwnPasswordSignsOutYourOtherSessionsOnly() {
        accounts.create("test", "olga", "Olga Own", "olga-first-password", Role.THERAPIST);
        var tablet = signedInToThePractice("olga", "olga-first-password");
        assertThat(tablet.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();

        var laptop = signedInToThePractice("olga", "olga-first-password");
        laptop.navigate(laptop.url().replaceAll("/practice.*", "/practice/password"));
        laptop.getByLabel("Current password").fill("olga-first-password");
        laptop.getByLabel("New password (", new Page.GetByLabelOptions().setExact(false))
                .fill("olga-second-password");
        laptop.getByLabel("New password again").fill("olga-second-password");
        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(laptop.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();

        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add client"))
                .click();
        Browser.onTheSignInPage(tablet);

        laptop.reload();
        assertThat(laptop.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();
    }
}
