package app.headsup.bench;

import app.headsup.ui.Browser;
import app.headsup.ui.Steps;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The soak run behind {@code bench/soak.sh} (not a test): against a running production app, for a
 * number of minutes, it keeps doing every kind of write a practice does, through the real pages in
 * headless Chromium, at a modest pace; then reads everything back, through the pages and in the
 * database, and says whether anything was lost.
 *
 * <pre>
 * SoakRun run BASE_URL MINUTES COUNTS_FILE          writes, then reads back through the pages
 * SoakRun verify JDBC_URL USER PASSWORD COUNTS_FILE  compares the database with the counts written
 * </pre>
 */
public final class SoakRun {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "soak-admin-password";
    private static final String THERAPIST = "soak-main";
    private static final String THERAPIST_PASSWORD = "soak-main-password";
    private static final Duration PAUSE = Duration.ofSeconds(10);

    private final String base;
    private static final Duration SLOW_MACHINE = Duration.ofMinutes(1);
    private final Browser browser = new Browser();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int failedRounds;

    private SoakRun(String base) {
        this.base = base;
        for (String what :
                List.of("therapists", "switchedOff", "clients", "intakes", "notes", "linksSent", "signInFailures")) {
            counts.put(what, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(SLOW_MACHINE.toMillis());
        if (args[0].equals("verify")) {
            System.exit(verify(args[1], args[2], args[3], Path.of(args[4])) ? 0 : 1);
        }
        var soak = new SoakRun(args[1]);
        boolean clean = soak.run(Duration.ofMinutes(Long.parseLong(args[2])), Path.of(args[3]));
        System.exit(clean ? 0 : 1);
    }

    private boolean run(Duration howLong, Path countsFile) throws Exception {
        var admin = signIn(ADMIN, ADMIN_PASSWORD);
        addTherapist(admin, THERAPIST, THERAPIST_PASSWORD);
        var therapist = signIn(THERAPIST, THERAPIST_PASSWORD);
        var end = Instant.now().plus(howLong);
        int round = 0;
        while (Instant.now().isBefore(end)) {
            round++;
            try {
                round(admin, therapist, round);
            } catch (PlaywrightException | AssertionError failure) {
                failedRounds++;
                System.out.printf(
                        "soak: round %d FAILED: %s%n",
                        round, failure.getMessage().lines().findFirst().orElse(""));
                Browser.screenshot(admin, "soak-failed-" + round + "-admin");
                Browser.screenshot(therapist, "soak-failed-" + round + "-therapist");
                admin = signIn(ADMIN, ADMIN_PASSWORD);
                therapist = signIn(THERAPIST, THERAPIST_PASSWORD);
            }
            if (round % 10 == 0) {
                System.out.printf(
                        "soak: %s round %d, %s, failed rounds %d%n", Instant.now(), round, counts, failedRounds);
            }
            Thread.sleep(PAUSE);
        }
        boolean readBack = readBack(admin, therapist, round);
        var saved = new Properties();
        counts.forEach((what, n) -> saved.setProperty(what, Integer.toString(n)));
        try (var out = Files.newBufferedWriter(countsFile)) {
            saved.store(out, "what the soak run saved");
        }
        System.out.printf(
                "soak: %d rounds, %d failed; saved %s; read back through the pages: %s%n",
                round, failedRounds, counts, readBack ? "all there" : "MISSING");
        browser.close();
        return failedRounds == 0 && readBack;
    }

    /** One of each write: an account added and the one before switched off, a client with a signed intake and
     * a note, a pre-fill link made and answered from "home", and a sign-in that fails. */
    private void round(Page admin, Page therapist, int round) {
        addTherapist(admin, "soak-" + round, "soak-" + round + "-password");
        if (round > 1) {
            switchOff(admin, "soak-" + (round - 1));
        }
        String client = "Soak Client " + round;
        addClient(therapist, client);
        therapist
                .locator("#clients")
                .getByText(client, new Locator.GetByTextOptions().setExact(true))
                .click();
        therapist.waitForURL(url -> url.matches(".*/practice/clients/\\d+$"));
        String clientPage = therapist.url();
        signIntake(therapist, client);
        therapist.getByLabel("Add a note").fill("Soak note " + round);
        click(therapist, "Add session note");
        expectText(therapist.locator("#notes"), "Soak note " + round);
        count("notes");
        therapist.navigate(clientPage);
        sendPrefillLink(therapist);
        failSignIn("soak-nobody-" + round);
    }

    private Page signIn(String username, String password) {
        var page = open(base + "/practice", 1280, 900);
        page.waitForURL(url -> url.endsWith("/login"));
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        click(page, "Log in");
        page.waitForURL(url -> url.contains("/practice"));
        page.waitForSelector("h1");
        return page;
    }

    private void addTherapist(Page admin, String username, String password) {
        admin.navigate(base + "/practice/accounts");
        admin.getByLabel("User name").fill(username);
        admin.getByLabel("Full name").fill("Soak " + username);
        admin.getByLabel("First password").fill(password);
        click(admin, "Add therapist");
        expectText(admin.locator("#account-message"), "Added " + username + ".");
        count("therapists");
    }

    /** The account's row in the grid: its switch button is in the fourth cell of the row. */
    private void switchOff(Page admin, String username) {
        var cells = admin.locator("#accounts [role=cell]");
        List<String> texts = cells.allTextContents();
        int at = texts.indexOf(username);
        if (at < 0) {
            throw new AssertionError("account " + username + " not listed");
        }
        cells.nth(at + 3).getByRole(AriaRole.BUTTON).click();
        admin.waitForCondition(
                () -> "No: switch on".equals(cells.nth(at + 3).textContent().strip()));
        count("switchedOff");
    }

    private void addClient(Page therapist, String name) {
        therapist.navigate(base + "/practice");
        therapist.getByLabel("Full name").fill(name);
        therapist.getByLabel("Date of birth (year-month-day)").fill("1980-05-0" + (1 + counts.get("clients") % 9));
        therapist.getByLabel("Date of birth (year-month-day)").press("Enter");
        click(therapist, "Add client");
        expectText(therapist.locator("#client-message"), "Added " + name + ".");
        count("clients");
    }

    private void signIntake(Page therapist, String client) {
        click(therapist, "Start an intake");
        therapist.getByText("Yes, they want it").click();
        Steps.nextUntilResult(therapist);
        therapist.getByText("I, the client, confirm").click();
        therapist.getByText("I agree that my answers").click();
        therapist.getByLabel("Client: type your full name to sign").fill(client);
        click(therapist, "Sign and save");
        expectText(therapist.locator("#signed"), "Signed by " + client);
        count("intakes");
    }

    private void sendPrefillLink(Page therapist) {
        click(therapist, "Make a pre-fill link");
        String link = therapist.locator("#prefill-url input").inputValue();
        var home = open(link, 375, 800);
        home.getByText("Yes, I'd like that").click();
        while (home.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                        .count()
                > 0) {
            Steps.next(home);
        }
        Steps.answerNoToTheRest(home);
        home.locator("vaadin-button", new Page.LocatorOptions().setHasText("Send to"))
                .click();
        expectText(home.locator("#prefill-message"), "Your answers are with");
        home.context().close();
        count("linksSent");
    }

    /**
     * A page that waits up to a minute for the app: the run shares two cores with the app and the database,
     * and a slow answer is not a lost save (a lost save shows as a message or a missing row).
     */
    private Page open(String url, int width, int height) {
        var page = browser.open(url, width, height);
        page.setDefaultTimeout(SLOW_MACHINE.toMillis());
        return page;
    }

    private void failSignIn(String username) {
        var page = open(base + "/login", 1280, 900);
        page.getByLabel("User name").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        click(page, "Log in");
        page.waitForURL(url -> url.contains("error"));
        page.context().close();
        count("signInFailures");
    }

    /** Every account and client saved is listed again, each account in the state it was left in. */
    private boolean readBack(Page admin, Page therapist, int rounds) {
        admin.navigate(base + "/practice/accounts");
        List<String> accounts =
                listedCells(admin, "#accounts [role=cell]", "soak-(\\d+|main)", counts.get("therapists"));
        therapist.navigate(base + "/practice");
        List<String> clients =
                listedCells(therapist, "#clients [role=cell]", "Soak Client \\d+", counts.get("clients"));
        boolean all = true;
        for (int round = 1; round <= rounds; round++) {
            int at = accounts.indexOf("soak-" + round);
            if (at < 0 || !clients.contains("Soak Client " + round)) {
                // A failed round may have stopped before its client; only a saved one must be there.
                all &= round > counts.get("clients") && at < 0;
                continue;
            }
            boolean switchedOff = accounts.get(at + 3).startsWith("No");
            all &= switchedOff == (round < rounds);
        }
        long listedAccounts = accounts.stream()
                .filter(text -> text.matches("soak-(\\d+|main)"))
                .count();
        long listedClients =
                clients.stream().filter(text -> text.startsWith("Soak Client ")).count();
        System.out.printf("soak: the pages list %d soak accounts and %d clients%n", listedAccounts, listedClients);
        return all && listedAccounts == counts.get("therapists") && listedClients == counts.get("clients");
    }

    /**
     * A list's cells once {@code expected} of them match {@code name} (one per saved row). A list may fill its
     * rows as they come into view (a grid does, 50 at a time): the page is scrolled to the last row until they
     * are all there, as a person scrolling down the list would.
     */
    private static List<String> listedCells(Page page, String selector, String name, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (named(page, selector, name) < expected && System.nanoTime() < deadline) {
            page.locator(selector).last().scrollIntoViewIfNeeded();
            page.waitForTimeout(250);
        }
        return page.locator(selector).allTextContents().stream()
                .map(String::strip)
                .toList();
    }

    private static int named(Page page, String selector, String name) {
        return ((Number) page.evaluate(
                        "([selector, name]) => [...document.querySelectorAll(selector)]"
                                + ".filter(cell => new RegExp('^(' + name + ')$').test(cell.textContent.trim())).length",
                        List.of(selector, name)))
                .intValue();
    }

    /** The database holds exactly what the run saved: rows for every kind of write. */
    private static boolean verify(String url, String user, String password, Path countsFile) throws Exception {
        var saved = new Properties();
        try (var in = Files.newBufferedReader(countsFile)) {
            saved.load(in);
        }
        var queries = new LinkedHashMap<String, String>();
        queries.put("therapists", "select count(*) from therapist where username like 'soak-%'");
        queries.put("switchedOff", "select count(*) from therapist where username like 'soak-%' and not enabled");
        queries.put("clients", "select count(*) from client where full_name like 'Soak Client %'");
        queries.put("intakes", "select count(*) from intake");
        queries.put("notes", "select count(*) from intake_note where kind = 'SESSION_NOTE'");
        queries.put("linksSent", "select count(*) from prefill_link where completed_at is not null");
        queries.put("signInFailures", "select count(*) from audit_entry where action = 'SIGN_IN_FAILED'");
        boolean same = true;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            for (var query : queries.entrySet()) {
                long expected = Long.parseLong(saved.getProperty(query.getKey()));
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery(query.getValue())) {
                    rows.next();
                    long stored = rows.getLong(1);
                    System.out.printf(
                            "soak: %-15s saved %6d, in the database %6d%s%n",
                            query.getKey(), expected, stored, stored == expected ? "" : "  <-- differs");
                    same &= stored == expected;
                }
            }
        } catch (SQLException e) {
            System.out.println("soak: could not read the database: " + e.getMessage());
            return false;
        }
        return same;
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
    }

    private static void expectText(Locator locator, String text) {
        PlaywrightAssertions.assertThat(locator).containsText(text);
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }
}
