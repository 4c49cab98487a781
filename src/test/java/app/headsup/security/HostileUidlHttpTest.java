package app.headsup.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.ui.LogCapture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous traffic aimed at Vaadin's UI endpoint, as the security review sent it: a body far larger than
 * any page sends, and one that is not JSON. Each is refused with one log line and no stack trace, and the
 * app goes on answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileUidlHttpTest {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final LogCapture LOG = new LogCapture("hostile-uidl");

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    @LocalServerPort
    int port;

    @BeforeEach
    void captureTheLog() {
        LOG.attach();
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** The security key of a fresh UI, as a page gets it from its first request. */
    private String openAUi() throws IOException, InterruptedException {
        var init = http.send(
                HttpRequest.newBuilder(uri("/?v-r=init&location=&query=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        var key = SECURITY_KEY.matcher(init.body());
        assertThat(key.find()).as("the init answer carries the security key").isTrue();
        return key.group(1);
    }

    private HttpResponse<String> postToTheUi(String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyFarLargerThanAnyPageSendsIsRefusedBeforeItIsRead() throws Exception {
        String key = openAUi();
        String huge = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"x\","
                + "\"data\":{\"x\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}}],\"syncId\":0,\"clientId\":0}";
        var refused = postToTheUi(huge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(LOG.text()).contains("Refused a request to the UI endpoint: larger than");
        assertThat(http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIsOneLineInTheLogWithoutAStackTrace() throws Exception {
        openAUi();
        int before = LOG.events().size();
        for (int i = 0; i < 5; i++) {
            assertThat(postToTheUi("{bad").statusCode()).isEqualTo(400);
        }
        var lines = LOG.events().subList(before, LOG.events().size());
        assertThat(lines).hasSize(5).allSatisfy(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo("Refused a request to the UI endpoint: not JSON (400)");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void aRealPagesRequestStillGoesThrough() throws Exception {
        String key = openAUi();
        var answer = postToTheUi("{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("syncId");
    }
}
