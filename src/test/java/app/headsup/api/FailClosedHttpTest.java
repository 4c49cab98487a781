package app.headsup.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import app.headsup.intake.client.Clients;
import app.headsup.rules.RuleFolders;
import app.headsup.screening.RequestBuilder;
import app.headsup.screening.TestRules;
import app.headsup.ui.Browser;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on a rule folder that does not compile: it starts, says why, gives no verdict. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FailClosedHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void brokenRules(DynamicPropertyRegistry registry) throws IOException {
        Path folder = RuleFolders.brokenDrl(Files.createTempDirectory("headsup-broken-rules"));
        registry.add("headsup.rules.dir", folder::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void everyScreeningIs503AndNeverAVerdict() throws Exception {
        var response = send(to("/api/v1/screenings")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"consent\": true, \"receiver\": {\"ageYears\": 30, \"pregnancy\": \"NO\"}}")));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        var body = JSON.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("/problems/rules-unavailable");
        assertThat(body.has("verdict")).isFalse();
        assertThat(response.body()).doesNotContain("PROCEED");
    }

    @Test
    void everyPageSaysTheSafetyCheckIsUnavailable() {
        try (var browser = new Browser()) {
            for (String path : new String[] {"/", "/check", "/rules"}) {
                var page = browser.open("http://localhost:" + port + path, 1280, 900);
                assertThat(page.locator("h1").textContent()).isEqualTo("Safety check unavailable");
                assertThat(page.content()).doesNotContain("Go ahead").doesNotContain("Suggested routine");
                Browser.screenshot(page, "unavailable" + path.replace('/', '-'));
            }
        }
    }

    @Test
    void theCataloguesAreUnavailableToo() throws Exception {
        assertThat(send(to("/api/v1/rules").GET()).statusCode()).isEqualTo(503);
        assertThat(send(to("/api/v1/oils").GET()).statusCode()).isEqualTo(503);
    }

    @Test
    void healthIsDownWithTheCompilersMessageForTheAdmin() throws Exception {
        var response = send(to("/actuator/health").GET());
        assertThat(response.statusCode()).isEqualTo(503);
        // Strangers learn only that it is down; the compiler's words are a detail for a signed-in admin.
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("DOWN");
        assertThat(response.body()).doesNotContain("oils.drl");
        var health = rulesHealth.health();
        assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
        assertThat(String.valueOf(health.getDetails().get("error")))
                .contains("do not compile")
                .contains("oils.drl");
        assertThat(send(to("/actuator/health/liveness").GET()).statusCode()).isEqualTo(200);
    }

    @Autowired
    @Qualifier("rules") HealthIndicator rulesHealth;

    @Autowired
    Accounts accounts;

    @Autowired
    Clients clients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper appJson;

    /** A signed intake only shows what was stored: it opens, and prints, while the rules are down. */
    @Test
    void aSignedIntakeStillOpensAndPrintsWhileTheRulesAreDown() {
        var rita = accounts.create("test", "rita", "Rita", "rita-long-password", Role.THERAPIST);
        var client = clients.add(rita, "Carla Client", null, LocalDate.of(1980, 1, 1));
        var request = RequestBuilder.receiver(44).conditions("MIGRAINE_NOW").build();
        var result = TestRules.service().screen(request);
        jdbc.update(
                "insert into intake (client_id, therapist_id, submission_key, request_json, result_json, "
                        + "rule_set_version, verdict, confirmed_name, confirmed_at, storage_consent) "
                        + "values (?, ?, 'stored-before-the-rules-broke', ?, ?, ?, ?, 'Carla Client', ?, true)",
                client.id(),
                rita.id(),
                appJson.writeValueAsString(request),
                appJson.writeValueAsString(result),
                result.ruleSetVersion(),
                result.verdict().name(),
                Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject(
                "select id from intake where submission_key = 'stored-before-the-rules-broke'", Long.class);
        try (var browser = new Browser()) {
            var page = browser.open("http://localhost:" + port + "/login", 1280, 900);
            Browser.signIn(page, "rita", "rita-long-password");
            page.waitForURL(url -> url.contains("/practice"));
            page.navigate("http://localhost:" + port + "/practice/intakes/" + id);
            PlaywrightAssertions.assertThat(page.locator("#signed")).containsText("Signed by Carla Client");
            PlaywrightAssertions.assertThat(page.locator("#verdict")).containsText("Not today");
            var pdf = page.request()
                    .get(page.url().replaceAll("(https?://[^/]+/).*", "$1")
                            + page.locator("#pdf").getAttribute("href"));
            assertThat(pdf.text()).startsWith("%PDF");
            Browser.screenshot(page, "record-while-rules-are-down");
        }
    }
}
