package app.headsup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every inline script a page carries is allowed by its hash in that page's Content-Security-Policy, and
 * nothing else inline is: no {@code 'unsafe-inline'} for scripts. When an upgrade of Vaadin changes one of its
 * bootstrap scripts, this names the new hash for {@link InlineScripts}. (Whether a page then runs without a
 * violation is checked in the browser on every screen, {@code Accessibility}.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class InlineScriptsHttpTest {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/check", "/couple", "/oils", "/rules", "/login", "/prefill/no-such-link", "/unavailable"})
    void everyInlineScriptIsAllowedByItsHashAndNoOtherIs(String path) throws Exception {
        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = policy.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertThat(scripts).doesNotContain("'unsafe-inline'").contains("'self'");

        var inline = INLINE_SCRIPT.matcher(page.body());
        int count = 0;
        while (inline.find()) {
            count++;
            String script = inline.group(1);
            assertThat(scripts)
                    .as(
                            "the hash of this inline script of %s: %s",
                            path, script.substring(0, Math.min(80, script.length())))
                    .contains("'sha256-" + InlineScripts.sha256(script) + "'");
        }
        // Five as in production, and Vaadin's three of development mode, which this test runs in.
        assertThat(count).as("inline scripts on " + path).isEqualTo(8);
        assertThat(scripts.split("'sha256-", -1))
                .as("hashes in the policy, one per script")
                .hasSize(count + 1);
        assertThat(page.body()).doesNotContainPattern(" on[a-z]+=\"");
    }
}
