package app.headsup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How the pages reach a phone (Lighthouse's findings): text compressed, versioned files cached for a year,
 * a favicon, a description for search results and a robots.txt that is really one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) throws IOException {
        boolean gzip = response.headers()
                .firstValue("Content-Encoding")
                .map("gzip"::equals)
                .orElse(false);
        byte[] body = response.body();
        if (gzip) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void pagesStylesheetsAndTheApiGoOutCompressed() throws Exception {
        for (String path : new String[] {"/", "/lumo/lumo.css", "/api/v1/vocabulary"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(path)
                    .hasValue("gzip");
        }
    }

    @Test
    void theStartPageHasADescriptionAndAnIcon() throws Exception {
        String page = text(get("/"));
        assertThat(page).containsPattern("<meta name=\"description\" content=\"Before a head, neck and shoulder");
        assertThat(page).contains("<link href=\"favicon.svg\" rel=\"icon\"");
        assertThat(get("/favicon.svg").statusCode()).isEqualTo(200);
        var ico = get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void robotsTxtIsPlainTextThatKeepsCrawlersOutOfThePractice() throws Exception {
        var robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(text(robots)).contains("User-agent: *", "Disallow: /practice", "Disallow: /prefill");
    }

    @Test
    void filesVersionedByContentAreCachedForAYearAndOthersAreNot() throws Exception {
        var versioned = get("/styles/headsup.css?v-c=0123abcd");
        assertThat(versioned.headers().allValues("Cache-Control")).containsExactly(LongCacheForVersionedFiles.A_YEAR);
        assertThat(versioned.headers().firstValue("Pragma")).isEmpty();
        var page = get("/check");
        assertThat(page.headers().allValues("Cache-Control")).doesNotContain(LongCacheForVersionedFiles.A_YEAR);
    }
}
