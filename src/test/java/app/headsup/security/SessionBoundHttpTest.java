package app.headsup.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages opened by a script that never keeps a cookie: each would start a session of its own and keep it for
 * half an hour. One address starts only so many a minute, and a session its browser never came back to
 * ends after the short first lifetime; a browser that keeps its cookie is not affected.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "headsup.sessions.new-per-address=5",
            "headsup.sessions.until-returned=PT2S",
            // Tomcat looks for expired sessions every sixth background run: every 6 s here instead of 60 s.
            "server.tomcat.background-processor-delay=1s"
        })
class SessionBoundHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SessionBound bound;

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneAddressStartsOnlySoManySessionsAMinuteAndNeverReturnedOnesEndSoon() throws Exception {
        // The limit counts per minute of the clock: start well inside one.
        while (System.currentTimeMillis() % 60_000 > 50_000) {
            Thread.sleep(500);
        }
        var withoutCookies = HttpClient.newHttpClient();
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/?v-r=init&location=&query=").statusCode()).isEqualTo(200);
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            var response = get(withoutCookies, "/?v-r=init&location=&query=");
            if (response.statusCode() == 503) {
                refused++;
                assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        // The browser took one of the five; the script four, and the other six were refused.
        assertThat(refused).isEqualTo(6);
        // The browser that keeps its cookie goes on, and the API never needs a session.
        assertThat(get(browser, "/?v-r=init&location=&query=").statusCode()).isEqualTo(200);
        assertThat(get(withoutCookies, "/api/v1/routines").statusCode()).isEqualTo(200);

        int live = bound.live();
        Thread.sleep(2_500); // past the first lifetime of the script's sessions
        // Tomcat ends expired sessions on its background sweep.
        long deadline = System.currentTimeMillis() + 30_000;
        while (bound.live() > live - 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertThat(bound.live())
                .as("the four sessions never returned to have ended")
                .isLessThanOrEqualTo(live - 4);
        assertThat(get(browser, "/?v-r=init&location=&query=").statusCode()).isEqualTo(200);
    }
}
