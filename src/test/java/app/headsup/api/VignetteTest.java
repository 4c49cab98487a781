package app.headsup.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.screening.OilResult;
import app.headsup.screening.RoutineResult;
import app.headsup.screening.Screening;
import app.headsup.screening.TestRules;
import java.io.IOException;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The team's worked cases (test resources, vignettes/), each read the way the API
 * reads it and checked against its "expect" block exactly as check-vignettes.py does.
 */
class VignetteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Path> vignettes() throws IOException, URISyntaxException {
        var folder = Path.of(VignetteTest.class.getResource("/vignettes").toURI());
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void vignette(Path file) throws IOException {
        JsonNode vignette = JSON.readTree(Files.readString(file));
        var request = ScreeningRequestReader.read(
                JsonBody.parse(JSON.writeValueAsBytes(vignette.get("request"))),
                TestRules.ruleSet().catalogues().vocabulary());
        var screening = TestRules.service().screen(request);
        assertThat(differences(vignette.get("expect"), screening))
                .as(vignette.get("story").asString())
                .isEmpty();
    }

    static List<String> differences(JsonNode expect, Screening got) {
        var out = new ArrayList<String>();
        check(out, "verdict", expect.get("verdict").asString(), got.verdict().name());
        check(out, "pressure", expect.get("pressure").asString(), got.pressure().name());
        check(
                out,
                "avoidAreas",
                strings(expect.get("avoidAreas")),
                got.avoidAreas().stream().sorted().toList());
        for (var oil : expect.get("oils").properties()) {
            var result = got.oils().stream()
                    .filter(o -> o.oil().equals(oil.getKey()))
                    .findFirst();
            check(
                    out,
                    oil.getKey() + " status",
                    oil.getValue().get("status").asString(),
                    result.map(o -> o.status().name()).orElse(null));
            var max = oil.getValue().get("maxDilutionPercent");
            var gotMax = result.map(OilResult::maxDilutionPercent).orElse(null);
            if (max.isNull() != (gotMax == null) || (gotMax != null && gotMax.compareTo(max.decimalValue()) != 0)) {
                out.add(oil.getKey() + " maxDilutionPercent: expected " + max + ", got " + gotMax);
            }
        }
        check(
                out,
                "patchTest oils",
                strings(expect.get("patchTestOils")),
                got.patchTest() == null
                        ? List.of()
                        : got.patchTest().oils().stream().sorted().toList());
        var routine = expect.get("routine");
        if (routine.isNull() != (got.routine() == null)) {
            out.add("routine: expected " + routine + ", got " + got.routine());
        } else if (!routine.isNull()) {
            check(out, "routine id", routine.get("id").asString(), got.routine().id());
            check(
                    out,
                    "routine areas",
                    strings(routine.get("areas")),
                    List.copyOf(new TreeSet<>(got.routine().steps().stream()
                            .map(RoutineResult.Step::area)
                            .toList())));
            check(
                    out,
                    "routine seconds",
                    routine.get("seconds").asInt(),
                    got.routine().seconds());
            if (routine.has("blend")) {
                var expected = new ArrayList<String>();
                routine.get("blend")
                        .forEach(line -> expected.add(line.get("oil").asString() + " "
                                + line.get("percent").decimalValue().setScale(2, RoundingMode.HALF_UP) + " "
                                + line.get("dropsPer30ml").asInt()));
                check(
                        out,
                        "routine blend",
                        expected,
                        got.routine().blend().stream()
                                .map(line -> line.oil() + " " + line.percent().setScale(2, RoundingMode.HALF_UP) + " "
                                        + line.dropsPer30ml())
                                .toList());
            }
        }
        return out;
    }

    private static void check(List<String> out, String what, Object expected, Object got) {
        if (!expected.equals(got)) {
            out.add(what + ": expected " + expected + ", got " + got);
        }
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
