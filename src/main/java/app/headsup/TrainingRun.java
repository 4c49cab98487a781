package app.headsup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The build's training run for the JDK AOT cache ({@code headsup.training=true}, see the launcher): once
 * started, the app asks itself over HTTP for what users ask first (screenings, the pages, the
 * catalogues, health), so the classes of those paths are in the cache, then exits.
 */
@Component
@ConditionalOnProperty(name = "headsup.training", havingValue = "true")
class TrainingRun implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private static final String[] SCREENINGS = {
        "{\"consent\":true,\"receiver\":{\"ageYears\":31,\"pregnancy\":\"NO\"},\"giver\":{}}",
        "{\"consent\":true,\"receiver\":{\"ageYears\":28,\"pregnancy\":\"NO\",\"allergies\":[\"TREE_NUT\"],"
                + "\"localIssues\":[{\"kind\":\"RASH_OR_FLARE\",\"area\":\"SCALP\"}]},"
                + "\"oils\":[\"SWEET_ALMOND\",\"JOJOBA\",\"LAVENDER\",\"BERGAMOT\"],\"patchTested\":[\"JOJOBA\"]}",
        "{\"consent\":true,\"receiver\":{\"ageYears\":68,\"pregnancy\":\"NO\",\"medications\":[\"BLOOD_THINNERS\"],"
                + "\"unsure\":[\"EPILEPSY\"]}}",
        "{\"consent\":\"yes\",\"receiver\":{\"ageYears\":34.5,\"allergies\":[\"NUTS\"]}}"
    };
    private static final String[] PAGES = {
        "/",
        "/check",
        "/couple",
        "/oils",
        "/rules",
        "/login",
        "/api/v1/routines",
        "/api/v1/vocabulary",
        "/api/v1/oils",
        "/api/v1/rules",
        "/actuator/health"
    };

    private final ApplicationContext context;

    TrainingRun(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int round = 0; round < 20; round++) {
            for (String body : SCREENINGS) {
                http.send(
                        HttpRequest.newBuilder(uri(port, "/api/v1/screenings"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
        for (String page : PAGES) {
            http.send(HttpRequest.newBuilder(uri(port, page)).GET().build(), HttpResponse.BodyHandlers.discarding());
        }
        LOG.warn("Training run done: exiting");
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
