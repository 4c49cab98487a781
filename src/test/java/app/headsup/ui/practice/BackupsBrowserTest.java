package app.headsup.ui.practice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import app.headsup.ui.Accessibility;
import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The admin's backups page in real headless Chromium, on an H2 file as in production: a backup made on
 * demand is listed and lies in the backup folder; at 375 px the page fits; a therapist cannot open it.
 */
@TestPropertySource(properties = {"headsup.admin.username=admin", "headsup.admin.password=first-admin-password"})
class BackupsBrowserTest extends BrowserTestBase {

    private static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("headsup-backups-test");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void anH2File(DynamicPropertyRegistry settings) {
        settings.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("data/headsup"));
        settings.add(
                "headsup.db.key-file", () -> FOLDER.resolve("keys/h2-file.key").toString());
    }

    @Autowired
    Accounts accounts;

    @Test
    void theAdminMakesABackupNowAndFindsItListed() throws IOException {
        var admin = signedInToThePractice("admin", "first-admin-password");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Backups"))
                .click();
        assertThat(admin.getByText("every night at 04:00")).isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back up now"))
                .click();
        assertThat(admin.locator("#backup-message")).containsText("Backup made: headsup-");
        String name = admin.locator("#backup-message").textContent().replaceAll(".*(headsup-[0-9-]+\\.backup).*", "$1");
        assertThat(admin.locator("#backups [role=cell]").getByText(name)).isVisible();
        Assertions.assertThat(FOLDER.resolve("data/backups").resolve(name)).exists();
        Accessibility.assertNoSeriousViolations(admin);
        admin.setViewportSize(375, 800);
        Browser.assertFitsWidth(admin, 375);
        Browser.screenshot(admin, "backups-375");
    }

    @Test
    void aTherapistCannotOpenTheBackups() {
        accounts.create("test", "tom", "Tom Therapist", "tom-long-password", Role.THERAPIST);
        var tom = signedInToThePractice("tom", "tom-long-password");
        Assertions.assertThat(tom.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Backups"))
                        .count())
                .isZero();
        tom.navigate(tom.url().replaceAll("/practice.*", "/practice/backups"));
        assertThat(tom.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back up now")))
                .not()
                .isVisible();
        assertThat(tom.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backups")))
                .not()
                .isVisible();
    }
}
