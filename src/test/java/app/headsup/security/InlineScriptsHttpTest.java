package app.headsup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every inline script a page carries is allowed by its hash in that page's Content-Security-Policy, and
 * nothing else inline is: no {@code 'unsafe-inline'} for scripts. Five are those of the production page (when
 * an upgrade of Vaadin changes one, this names the new hash for {@link InlineScripts}); the rest are Vaadin's
 * development-mode scripts, with its development tools on (as in {@code ./mvnw spring-boot:run}) and off (as in
 * the browser tests). Whether a page then runs without a violation is checked in the browser on every screen
 * ({@code Accessibility}).
 */
class InlineScriptsHttpTest {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    static void everyInlineScriptIsAllowedByItsHash(int port, String path) throws Exception {
        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertThat(scripts).doesNotContain("'unsafe-inline'").contains("'self'");

        var inline = INLINE_SCRIPT.matcher(page.body());
        int all = 0;
        int production = 0;
        while (inline.find()) {
            all++;
            String script = inline.group(1);
            assertThat(scripts)
                    .as(
                            "the hash of this inline script of %s: %s",
                            path, script.substring(0, Math.min(80, script.length())))
                    .contains("'sha256-" + InlineScripts.sha256(script) + "'");
            if (DevelopmentInlineScripts.BEGINNINGS.stream().noneMatch(script::startsWith)) {
                production++;
            }
        }
        assertThat(production)
                .as("inline scripts of the production page on " + path)
                .isEqualTo(5);
        assertThat(scripts.split("'sha256-", -1))
                .as("hashes in the policy, one per script")
                .hasSize(all + 1);
        assertThat(page.body()).doesNotContainPattern(" on[a-z]+=\"");
    }

    /** The pages to check, on the app a subclass starts. */
    abstract static class EveryPage {

        @LocalServerPort
        int port;

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/",
                    "/check",
                    "/couple",
                    "/oils",
                    "/rules",
                    "/login",
                    "/prefill/no-such-link",
                    "/unavailable"
                })
        void everyInlineScriptIsAllowedByItsHashAndNoOtherIs(String path) throws Exception {
            everyInlineScriptIsAllowedByItsHash(port, path);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithVaadinsDevelopmentTools extends EveryPage {}

    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "vaadin.devmode.devTools.enabled=false")
    class WithoutThem extends EveryPage {}
}
