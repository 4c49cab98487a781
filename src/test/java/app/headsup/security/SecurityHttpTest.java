package app.headsup.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.intake.Sha256;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.LoginLimit;
import app.headsup.intake.account.NameHashes;
import app.headsup.intake.account.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The practice's doors through the real HTTP stack, as a hostile client would try them: sign-in only with
 * the login page's CSRF token, lock-outs that cannot be stretched or aimed from one address, health that
 * tells strangers only UP or DOWN, unknown API paths answered as problems, small error answers, headers.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "headsup.admin.username=admin",
            "headsup.admin.password=first-admin-password",
            "headsup.login.max-failures-per-address=12"
        })
class SecurityHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    LoginLimit limit;

    @Autowired
    NameHashes hashes;

    @Autowired
    JdbcTemplate jdbc;

    /** One browser: its own cookies, no redirects followed, so every answer can be read. */
    final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The token the login page puts in its meta tags, which the login form sends along. */
        String loginPageToken() throws IOException, InterruptedException {
            var page = get("/login");
            var token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
            return token.group(1);
        }

        /** A sign-in as the real login page sends it. */
        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            return post("/login", form(username, password) + "&_csrf=" + encode(loginPageToken()));
        }

        boolean signedIn() throws IOException, InterruptedException {
            return get("/practice/accounts").statusCode() == 200;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String form(String username, String password) {
        return "username=" + encode(username) + "&password=" + encode(password);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aSignInWithoutTheLoginPagesTokenSignsNobodyIn() throws Exception {
        var attacker = new Browser();
        attacker.get("/login");
        var forged = attacker.post("/login", form("admin", "first-admin-password"));
        // Refused (403, which the error page turns into the way back to the sign-in page), not signed in.
        assertThat(forged.statusCode()).as(location(forged)).isIn(302, 403);
        assertThat(location(forged)).doesNotContain("practice").doesNotContain("error=");
        var withoutACookie = new Browser().post("/login", form("admin", "first-admin-password"));
        assertThat(location(withoutACookie))
                .as("the session id never travels in a URL")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(attacker.signedIn()).isFalse();
        assertThat(attacker.get("/practice/accounts").statusCode()).isEqualTo(302);

        var admin = new Browser();
        var signedIn = admin.signIn("admin", "first-admin-password");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).doesNotContain("error");
        assertThat(admin.signedIn()).isTrue();
    }

    @Test
    void triesDuringAPauseDoNotMakeItLonger() throws Exception {
        String name = "lola-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create("test", name, "Lola", "lola-long-password", Role.THERAPIST);
        var guesser = new Browser();
        for (int i = 0; i < 5; i++) {
            assertThat(location(guesser.signIn(name, "wrong-" + i))).contains("error");
        }
        assertThat(limit.blocked(name)).isTrue();
        long refusedBefore =
                jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_REFUSED'", Long.class);
        // Someone keeps trying while the name is paused, the right password too: refused, and not counted.
        for (int i = 0; i < 5; i++) {
            assertThat(location(guesser.signIn(name, i % 2 == 0 ? "lola-long-password" : "wrong")))
                    .contains("error");
        }
        // A pause, not a lock-out: once it is over (15 s after the fifth failure) the right password gets in.
        ageFailures(name, 1);
        assertThat(limit.blocked(name)).isFalse();
        // A guesser's next failure doubles the pause (30 s): 20 s later still paused, 40 s later not.
        assertThat(location(guesser.signIn(name, "wrong-again"))).contains("error");
        String older = "update login_failure set failed_at = failed_at - interval '20' second where user_key = ?";
        jdbc.update(older, hashes.nameKey(name));
        assertThat(limit.blocked(name)).isTrue();
        jdbc.update(older, hashes.nameKey(name));
        assertThat(limit.blocked(name)).isFalse();
        var lola = new Browser();
        assertThat(location(lola.signIn(name, "lola-long-password"))).doesNotContain("error");
        // The five refused tries are one line of the audit log at most (the first of this address's window), not five.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_REFUSED'", Long.class)
                        - refusedBefore)
                .isLessThanOrEqualTo(1L);
    }

    @Test
    void failedSignInsAreAuditedWithAKeyedHashOfTheNameAndTheAddressNeverTheName() throws Exception {
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 6);
        new Browser().signIn(name, "not-the-password");
        var line = jdbc.queryForMap(
                "select actor, subject from audit_entry where action = 'SIGN_IN_FAILED' " + "and subject = ?",
                "sign-in name " + hashes.nameHash(name));
        // Not the plain SHA-256 of the name, which a list of names would reverse: keyed with the server's secret.
        String plain = Sha256.hex(name.toLowerCase(java.util.Locale.ROOT)).substring(0, 16);
        assertThat(jdbc.queryForList("select subject from audit_entry", String.class))
                .noneMatch(subject -> subject.contains(plain));
        assertThat(jdbc.queryForObject("select count(*) from server_secret where name = 'name-hash-key'", Long.class))
                .isEqualTo(1L);
        assertThat(jdbc.queryForList("select user_key from login_failure", String.class))
                .isNotEmpty()
                .doesNotContain(Sha256.hex(name.toLowerCase(java.util.Locale.ROOT)));
        assertThat(line.get("actor")).isEqualTo("anonymous from 127.0.0.1");
        assertThat(jdbc.queryForList("select actor || ' ' || subject from audit_entry", String.class))
                .noneMatch(text -> text.contains(name));
        forgetFailures();
    }

    @Test
    void oneAddressCannotTryNameAfterName() throws Exception {
        try {
            var guesser = new Browser();
            for (int i = 0; i < 12; i++) {
                guesser.signIn("random-" + i + "-" + UUID.randomUUID(), "guess");
            }
            assertThat(limit.addressBlocked("127.0.0.1")).isTrue();
            // From that address even a real account's right password is refused while the pause lasts...
            assertThat(location(new Browser().signIn("admin", "first-admin-password")))
                    .contains("error");
            // ...which is minutes at most, never the whole window: everyone behind the address gets in after it.
            jdbc.update("update login_failure set failed_at = failed_at - interval '5' minute");
            assertThat(limit.addressBlocked("127.0.0.1")).isFalse();
            assertThat(location(new Browser().signIn("admin", "first-admin-password")))
                    .doesNotContain("error");
        } finally {
            forgetFailures();
        }
    }

    @Test
    void oldFailuresAreForgottenSoRandomNamesCannotFillTheTable() throws Exception {
        String name = "old-" + UUID.randomUUID().toString().substring(0, 6);
        new Browser().signIn(name, "guess");
        ageFailures(name, 16);
        assertThat(limit.forgetOldFailures()).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from login_failure where failed_at < ?",
                        Long.class,
                        Instant.now().minus(Duration.ofMinutes(15))))
                .isZero();
    }

    @Test
    void healthTellsStrangersOnlyUpOrDownAndTheAdminEverything() throws Exception {
        var stranger = new Browser();
        var health = stranger.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        var body = JSON.readTree(health.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.has("components")).isFalse();
        assertThat(health.body()).doesNotContain("diskSpace", "H2", "path", "rules");
        assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(JSON.readTree(stranger.get("/actuator/health/liveness").body())
                        .get("status")
                        .asString())
                .isEqualTo("UP");

        var admin = new Browser();
        admin.signIn("admin", "first-admin-password");
        var details = JSON.readTree(admin.get("/actuator/health").body());
        assertThat(details.get("components")
                        .get("rules")
                        .get("details")
                        .get("version")
                        .asString())
                .startsWith("2027.01+");
        assertThat(details.get("components").has("db")).isTrue();
    }

    @Test
    void unknownApiAndActuatorPathsAreProblemsWithTheApisHeaders() throws Exception {
        var client = new Browser();
        for (String path : new String[] {"/api/v1/nothing", "/api/v2/screenings", "/actuator/nothing"}) {
            var answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).get("type").asString()).isEqualTo("/problems/not-found");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        }
        // A path Actuator knows but does not show a stranger reads the same as one it does not know.
        var hidden = client.get("/actuator/health/db");
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(hidden.body()).get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(hidden.body()).isEqualTo(client.get("/actuator/nothing").body());
        var wrongMethod = client.get("/api/v1/screenings");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertThat(client.get("/api/v1/vocabulary").statusCode()).isEqualTo(200);
    }

    /** A Host header anyone can write never becomes the target of a redirect. */
    @Test
    void aForgedHostIsNotWhereTheSignInRedirectGoes() throws Exception {
        for (String forged : new String[] {"Host: evil.example", "Host: localhost\r\nX-Forwarded-Host: evil.example"}) {
            try (var socket = new java.net.Socket("localhost", port)) {
                socket.getOutputStream()
                        .write(("GET /practice HTTP/1.1\r\n" + forged + "\r\nConnection: close\r\n\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String answer =
                        new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
                assertThat(answer)
                        .as(forged)
                        .startsWith("HTTP/1.1 302")
                        .containsPattern("(?i)\r\nLocation: /login\r\n");
                assertThat(answer).as(forged).doesNotContain("evil.example");
            }
        }
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream()
                    .write("GET /api/v1/openapi.json HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer)
                    .startsWith("HTTP/1.1 200")
                    .contains("\"servers\"")
                    .doesNotContain("evil.example");
        }
    }

    @Test
    void traceIsRefusedWithTheSecurityHeadersAndNoRedirect() throws Exception {
        for (String path : new String[] {"/", "/practice", "/api/v1/routines", "/actuator/health"}) {
            var answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri(path))
                                    .method("TRACE", HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(405);
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(answer.headers().firstValue("Location")).as(path).isEmpty();
        }
    }

    @Test
    void aRequestWithHundredsOfUnknownCodesGetsASmallAnswer() throws Exception {
        // 300 unknown codes, 100 to a list (the most a list may hold).
        String body = "{\"consent\":true,\"receiver\":{\"ageYears\":30,\"pregnancy\":\"NO\",\"allergies\":"
                + unknownCodes("A") + ",\"conditions\":" + unknownCodes("C") + "},\"oils\":" + unknownCodes("O") + "}";
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri("/api/v1/screenings"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body().length()).as("answer size").isLessThan(12_000);
        var problem = JSON.readTree(answer.body());
        assertThat(problem.get("errors").size()).isEqualTo(50);
        assertThat(problem.get("errorCount").asInt()).isEqualTo(300);
        assertThat(problem.get("errors").get(0).get("message").asString())
                .contains("GET /api/v1/vocabulary")
                .doesNotContain("TREE_NUT");
    }

    @Test
    void pagesCarryAContentSecurityPolicyAPermissionsPolicyAndALaxSessionCookie() throws Exception {
        var page = new Browser().get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()");
        assertThat(page.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID")
                        && cookie.contains("SameSite=Lax")
                        && cookie.contains("HttpOnly"));
        // Over plain HTTP there is no HSTS; behind TLS Spring Security adds it (docs/security.md).
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String unknownCodes(String prefix) {
        var codes = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 100; i++) {
            codes.add("\"NOT_A_CODE_" + prefix + i + "\"");
        }
        return codes.toString();
    }

    /** Moves a name's failed sign-ins back in time, as if that many minutes had passed. */
    private void ageFailures(String name, int minutes) {
        jdbc.update(
                "update login_failure set failed_at = failed_at - interval '" + minutes + "' minute "
                        + "where user_key = ?",
                hashes.nameKey(name));
    }

    private void forgetFailures() {
        jdbc.update("delete from login_failure");
    }
}
