package app.headsup.api;

import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.TestRules;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The requests of the worked cases (test resources), read the way the API reads them. */
public final class VignetteRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VignetteRequests() {}

    public static List<ScreeningRequest> all() throws Exception {
        var requests = new ArrayList<ScreeningRequest>();
        for (var file : VignetteTest.vignettes().toList()) {
            var request = JSON.readTree(Files.readString(file)).get("request");
            requests.add(ScreeningRequestReader.read(
                    JsonBody.parse(JSON.writeValueAsBytes(request)),
                    TestRules.ruleSet().catalogues().vocabulary()));
        }
        return requests;
    }
}
