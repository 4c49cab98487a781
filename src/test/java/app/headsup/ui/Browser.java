package app.headsup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;

/**
 * Debian's headless Chromium driven by Playwright, as a person would use the app. Screenshots go
 * to target/screenshots so a person can look at them.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** Every Content-Security-Policy violation of a page is kept in the page, for {@link #cspViolations}. */
    private static final String RECORD_CSP_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
            + "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    public Page open(String url, int width, int height) {
        var context = browser.newContext(new NewContextOptions().setViewportSize(width, height));
        context.addInitScript(RECORD_CSP_VIOLATIONS);
        var page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(url);
        page.waitForSelector("main");
        return page;
    }

    /** Signs in on the login page that {@code page} shows. */
    public static void signIn(Page page, String username, String password) {
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    /** The page has been sent to the sign-in page (within 20 seconds) and shows it. */
    public static void onTheSignInPage(Page page) {
        page.waitForURL(url -> url.endsWith("/login"), new Page.WaitForURLOptions().setTimeout(20_000));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Nothing sticks out sideways: a phone user never scrolls left and right to read a page. */
    public static void assertFitsWidth(Page page, int width) {
        Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("the page fits %d px", width)
                .isLessThanOrEqualTo(width);
    }

    /**
     * Every visible field's label is shown whole, not cut with an ellipsis where the field is narrower
     * than its label ("First password (at least 1…" hid the very rule it states).
     */
    @SuppressWarnings("unchecked")
    public static void assertLabelsWhole(Page page) {
        var cut = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('[slot=label]')]
                    .filter(label => label.offsetParent !== null)
                    .filter(label => {
                        const part = label.parentElement.shadowRoot?.querySelector('[part~=label]');
                        return part && part.scrollWidth > part.clientWidth + 1;
                    })
                    .map(label => label.textContent.trim())
                """);
        Assertions.assertThat(cut).as("labels cut off").isEmpty();
    }

    /** What the page's Content-Security-Policy blocked so far: nothing, if the policy fits the app. */
    @SuppressWarnings("unchecked")
    public static List<String> cspViolations(Page page) {
        return (List<String>) page.evaluate("window.cspViolations || []");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
