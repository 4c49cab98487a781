package app.headsup.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API through the real HTTP stack on a random port: what MockMvc cannot show (413, 415, parser
 * errors, chunked bodies), every malformed request answered 400 with every problem, never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VALID = """
            {"consent": true, "receiver": {"ageYears": 34, "pregnancy": "NO"}, "oils": ["JOJOBA"]}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        List<String> fields() {
            var fields = new ArrayList<String>();
            json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
            return fields;
        }

        String messages() {
            return json().get("errors").toString();
        }
    }

    private Answer post(byte[] body, String contentType) throws IOException, InterruptedException {
        var request =
                HttpRequest.newBuilder(uri("/api/v1/screenings")).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    private Answer post(String body) throws IOException, InterruptedException {
        return post(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response);
    }

    private Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("title").asString()).isNotBlank();
    }

    static List<Path> vignettes() throws Exception {
        return VignetteTest.vignettes().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void everyVignetteOverHttp(Path file) throws Exception {
        var vignette = JSON.readTree(Files.readString(file));
        var answer = post(JSON.writeValueAsString(vignette.get("request")));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        var got = answer.json();
        var expect = vignette.get("expect");
        assertThat(got.get("verdict").asString())
                .isEqualTo(expect.get("verdict").asString());
        assertThat(got.get("pressure").asString())
                .isEqualTo(expect.get("pressure").asString());
        assertThat(got.get("ruleSetVersion").asString()).matches("2027\\.01\\+[0-9a-f]{7}");
        assertThat(got.get("disclaimer").asString()).isNotBlank();
        assertThat(answer.raw().headers().firstValue("Set-Cookie"))
                .as("stateless")
                .isEmpty();
        if (expect.get("routine").isNull()) {
            assertThat(got.get("routine").isNull()).isTrue();
        } else {
            assertThat(got.get("routine").get("id").asString())
                    .isEqualTo(expect.get("routine").get("id").asString());
            assertThat(got.get("routine").get("seconds").asInt())
                    .isEqualTo(expect.get("routine").get("seconds").asInt());
        }
        expect.get("oils").properties().forEach(oil -> {
            JsonNode result = null;
            for (var o : got.get("oils")) {
                if (o.get("oil").asString().equals(oil.getKey())) {
                    result = o;
                }
            }
            assertThat(result).as(oil.getKey()).isNotNull();
            assertThat(result.get("status").asString())
                    .isEqualTo(oil.getValue().get("status").asString());
            assertThat(result.has("maxDilutionPercent")).isTrue();
        });
    }

    @Test
    void malformedJson() throws Exception {
        var answer = post("{\"consent\": tru");
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.fields()).containsExactly("$");
    }

    @Test
    void everyProblemIsListedWithItsPath() throws Exception {
        var answer = post("""
                {"consent": "yes", "extra": 1,
                 "receiver": {"ageYears": "34", "pregnancy": "maybe", "conditions": null,
                              "allergies": ["TREE_NUT", "NUTS", null, "FEVER"], "localIssues": [{"kind": "BRUISE"}, 3]},
                 "giver": {"conditions": ["FEVER", "HEARING_AID"], "allergies": "PEANUT"},
                 "oils": ["LAVENDER", "FEVER", 7], "patchTested": ["XX"], "routine": "LONG_ONE"}""");
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.fields())
                .containsExactlyInAnyOrder(
                        "extra",
                        "consent",
                        "receiver.ageYears",
                        "receiver.pregnancy",
                        "receiver.conditions",
                        "receiver.allergies[1]",
                        "receiver.allergies[2]",
                        "receiver.allergies[3]",
                        "receiver.localIssues[0].area",
                        "receiver.localIssues[1]",
                        "giver.conditions[1]",
                        "giver.allergies",
                        "oils[1]",
                        "oils[2]",
                        "patchTested[0]",
                        "routine");
        assertThat(answer.messages())
                .contains("unknown allergy code 'NUTS'")
                .contains("'FEVER' is a receiver condition code (list receiverConditions), not an allergy code")
                .contains(
                        "'HEARING_AID' is a receiver condition code (list receiverConditions), not a giver condition code");
    }

    @Test
    void missingRequiredFields() throws Exception {
        assertThat(post("{}").fields()).containsExactlyInAnyOrder("consent", "receiver");
        assertThat(post("{\"consent\": true, \"receiver\": {}}").fields())
                .containsExactlyInAnyOrder("receiver.ageYears", "receiver.pregnancy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "121", "34.5", "34.0", "1e2", "1099511627776", "\"34\"", "null", "true"})
    void agesThatAreNotWholeYearsFrom0To120(String age) throws Exception {
        var answer = post("{\"consent\": true, \"receiver\": {\"ageYears\": " + age + ", \"pregnancy\": \"NO\"}}");
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.fields()).containsExactly("receiver.ageYears");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 120})
    void theEdgesOfTheAgeRangeAreFine(int age) throws Exception {
        assertThat(post("{\"consent\": true, \"receiver\": {\"ageYears\": " + age + ", \"pregnancy\": \"NO\"}}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void nullsAreNotLists() throws Exception {
        var answer = post("{\"consent\": true, \"receiver\": {\"ageYears\": 3, \"pregnancy\": \"NO\"}, \"oils\": null,"
                + " \"giver\": null, \"routine\": null}");
        assertThat(answer.fields()).containsExactlyInAnyOrder("oils", "giver", "routine");
    }

    @Test
    void aListOf20000ItemsIsRefusedWithOneProblem() throws Exception {
        var items = String.join(",", Collections.nCopies(20_000, "1"));
        var answer = post("{\"consent\": true, \"receiver\": {\"ageYears\": 3, \"pregnancy\": \"NO\"}, \"oils\": ["
                + items + "]}");
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.fields()).containsExactly("oils");
        assertThat(answer.messages()).contains("at most 100");
    }

    @Test
    void deepNestingIsRefusedCheaply() throws Exception {
        var answer = post("[".repeat(5000) + "]".repeat(5000));
        assertProblem(answer, 400, "invalid-request");
        assertThat(answer.messages()).contains("nested too deeply");
    }

    @Test
    void invalidUtf8() throws Exception {
        byte[] body = "{\"consent\": true, \"receiver\": {\"ageYears\": 3, \"pregnancy\": \"XX\"}}"
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("XX");
        body[at] = (byte) 0xff;
        body[at + 1] = (byte) 0xfe;
        assertProblem(post(body, "application/json"), 400, "invalid-request");
    }

    @Test
    void duplicateKeysAndTrailingGarbage() throws Exception {
        assertProblem(
                post("{\"consent\": true, \"consent\": false, \"receiver\": {\"ageYears\": 3, \"pregnancy\": \"NO\"}}"),
                400,
                "invalid-request");
        assertProblem(post(VALID + " {}"), 400, "invalid-request");
        assertProblem(post(""), 400, "invalid-request");
        assertProblem(post("[]"), 400, "invalid-request");
    }

    @Test
    void bodiesOver64KiBAre413WithOrWithoutContentLength() throws Exception {
        String big = padded(70_000);
        assertProblem(post(big), 413, "payload-too-large");
        var chunked = HttpRequest.newBuilder(uri("/api/v1/screenings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        assertProblem(send(chunked), 413, "payload-too-large");
        assertThat(post(padded(60_000)).status()).isEqualTo(200);
    }

    /** The valid body with white space before its last brace. */
    private static String padded(int spaces) {
        return VALID.substring(0, VALID.length() - 1) + " ".repeat(spaces) + "}";
    }

    @Test
    void onlyJsonIsAccepted() throws Exception {
        var bytes = VALID.getBytes(StandardCharsets.UTF_8);
        assertProblem(post(bytes, "text/plain"), 415, "unsupported-media-type");
        assertProblem(post(bytes, null), 415, "unsupported-media-type");
        assertProblem(post(bytes, "application/json; charset=ISO-8859-1"), 415, "unsupported-media-type");
        assertProblem(post(bytes, "application/x-www-form-urlencoded"), 415, "unsupported-media-type");
        assertThat(post(bytes, "application/json; charset=utf-8").status()).isEqualTo(200);
    }

    @Test
    void aClientThatAcceptsNoJsonGets406() throws Exception {
        var request = HttpRequest.newBuilder(uri("/api/v1/screenings"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(VALID))
                .build();
        assertProblem(send(request), 406, "not-acceptable");
        var problem = HttpRequest.newBuilder(uri("/api/v1/screenings"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(VALID))
                .build();
        assertThat(send(problem).status()).isEqualTo(200);
        assertProblem(
                send(HttpRequest.newBuilder(uri("/api/v1/oils"))
                        .header("Accept", "text/csv")
                        .GET()
                        .build()),
                406,
                "not-acceptable");
    }

    @Test
    void mangledRequestsNeverGive500() throws Exception {
        var random = new Random(7);
        byte[] valid = """
                {"consent": true, "receiver": {"ageYears": 34, "pregnancy": "NO", "conditions": ["DIABETES"],
                 "localIssues": [{"kind": "BRUISE", "area": "NECK"}], "unsure": ["PEANUT"]},
                 "giver": {"conditions": [], "allergies": ["COCONUT"]}, "oils": ["JOJOBA", "LAVENDER"],
                 "patchTested": ["JOJOBA"], "routine": "SEVEN_STEP_HEAD"}""".getBytes(StandardCharsets.UTF_8);
        String alphabet = "{}[]\",:0123456789.-eE truefalsn\\u00ff";
        for (int i = 0; i < 300; i++) {
            byte[] body = valid.clone();
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits; k++) {
                body[random.nextInt(body.length)] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            var answer = post(body, "application/json");
            assertThat(answer.status())
                    .as(new String(body, StandardCharsets.UTF_8))
                    .isIn(200, 400);
        }
    }

    @Test
    void companionsListTheLoadedCatalogues() throws Exception {
        var vocabulary = get("/api/v1/vocabulary").json();
        assertThat(vocabulary.get("lists").propertyNames())
                .contains(
                        "areas",
                        "localIssueKinds",
                        "receiverConditions",
                        "medications",
                        "allergies",
                        "giverConditions",
                        "oils",
                        "routines");
        assertThat(vocabulary.get("lists").get("receiverConditions").size()).isEqualTo(46);
        var oils = get("/api/v1/oils").json().get("oils");
        assertThat(oils.size()).isEqualTo(38);
        assertThat(oils.get(0).propertyNames()).contains("code", "kind", "families", "maxPercent", "flags");
        assertThat(get("/api/v1/routines").json().get("routines").size()).isEqualTo(4);
        var rules = get("/api/v1/rules").json();
        assertThat(rules.get("rules").size()).isEqualTo(111);
        assertThat(rules.get("rules").get(0).propertyNames()).contains("id", "level", "message", "reason", "source");
        var openApi = get("/api/v1/openapi.json");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/screenings");
    }

    @Test
    void healthSaysUpAndTheRulesVersionIsInEveryAnswer() throws Exception {
        var health = get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components"))
                .as("details are for a signed-in admin")
                .isFalse();
        assertThat(get("/api/v1/rules").json().get("ruleSetVersion").asString()).matches("2027\\.01\\+[0-9a-f]{7}");
    }
}
