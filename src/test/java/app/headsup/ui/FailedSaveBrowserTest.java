package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A save the database refuses is never silent: the page says it was not saved, what was typed stays
 * in the form, nothing is half-saved, and the log has one line without the name typed. The database
 * is made to refuse one particular row with a CHECK constraint, the way the H2 fault refused them.
 */
@TestPropertySource(properties = {"headsup.admin.username=admin", "headsup.admin.password=first-admin-password"})
class FailedSaveBrowserTest extends BrowserTestBase {

    private static final LogCapture LOG = new LogCapture("failed-save-test");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void captureTheLog() {
        LOG.attach();
    }

    @Test
    void aRefusedSaveSaysSoKeepsWhatWasTypedAndWorksOnTheNextTry() {
        jdbc.execute("alter table therapist add constraint refuse_wanda check (username <> 'wanda')");
        var page = open("/practice", 1280);
        Browser.signIn(page, "admin", "first-admin-password");
        page.getByLabel("User name").fill("wanda");
        page.getByLabel("Full name").fill("Wanda Witness");
        page.getByLabel("First password").fill("wanda-long-password");
        int errorsBefore = LOG.errors().size();
        long accountsBefore = accountLines();
        addTherapist(page);

        assertThat(page.locator("#failed-action"))
                .hasText("Not saved: something went wrong on our side. What you "
                        + "entered is still here; please try again.");
        page.waitForTimeout(500);
        Browser.screenshot(page, "failed-save-1280");
        Accessibility.assertNoSeriousViolations(page);
        assertThat(page.getByLabel("User name")).hasValue("wanda");
        assertThat(page.getByLabel("Full name")).hasValue("Wanda Witness");
        assertThat(page.getByLabel("First password")).hasValue("wanda-long-password");
        Assertions.assertThat(accountLines())
                .as("no audit line: nothing half-saved")
                .isEqualTo(accountsBefore);
        var errors = LOG.errors().subList(errorsBefore, LOG.errors().size());
        Assertions.assertThat(errors)
                .hasSize(1)
                .first()
                .asString()
                .contains("AccountsView", "DataIntegrityViolationException", "23513")
                .doesNotContain("wanda", "Wanda");
        Assertions.assertThat(LOG.text()).doesNotContain("wanda", "Wanda");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close"))
                .click();
        jdbc.execute("alter table therapist drop constraint refuse_wanda");
        addTherapist(page);
        assertThat(page.locator("#account-message")).hasText("Added wanda. Give them the password in person.");
        assertThat(page.locator("#accounts")).containsText("Wanda Witness");
    }

    private long accountLines() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_CREATED'", Long.class);
    }

    private static void addTherapist(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add therapist"))
                .click();
    }
}
