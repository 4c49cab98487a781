package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * When a practice session ends, in real headless Chromium: a tab left open without a user action is
 * signed out after the idle time (here 15 seconds, with Vaadin's heartbeat every second, which does
 * not count as an action). What the admin ends or changes is in {@link AdminActionsBrowserTest}.
 */
@TestPropertySource(
        properties = {
            "headsup.admin.username=admin",
            "headsup.admin.password=first-admin-password",
            "headsup.practice.idle-timeout=PT15S",
            "vaadin.heartbeatInterval=1"
        })
class SessionEndBrowserTest extends BrowserTestBase {

    @Autowired
    Accounts accounts;

    @Test
    void aTabLeftOpenWithoutAnActionIsSignedOutAfterTheIdleTime() {
        accounts.create("test", "ida", "Ida Idle", "ida-long-password", Role.THERAPIST);
        var ida = signedInToThePractice("ida", "ida-long-password");
        assertThat(ida.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your clients")))
                .isVisible();
        // Nothing is clicked; the heartbeat goes on every second. Still signed in a while later...
        ida.waitForTimeout(6_000);
        Assertions.assertThat(ida.url()).contains("/practice").doesNotContain("/login");
        // ...and out once the idle time has passed.
        Browser.onTheSignInPage(ida);
        ida.navigate(ida.url().replace("/login", "/practice"));
        Browser.onTheSignInPage(ida);
    }
}
