package app.headsup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.api.VignetteRequests;
import app.headsup.screening.RequestBuilder;
import app.headsup.screening.ScreeningPropertiesTest;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.ScreeningService;
import app.headsup.screening.TestRules;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules the build compiled into the executable model screen exactly as the DRL compiled at run time:
 * every vignette and a few thousand seeded random requests give equal screenings, under the same
 * version (the hash of the rule files).
 */
class PrecompiledRulesTest {

    private static final RuleEngine FROM_DRL = RuleEngine.compilingDrl(RuleFiles::fromClasspath);
    private static final ScreeningService DRL = new ScreeningService(FROM_DRL);

    @Test
    void thePackagedRulesComeFromTheBuildAndTheDrlGivesTheSameVersion() {
        assertThat(TestRules.ruleSet().compiledAtBuild())
                .as("the build precompiled the packaged rules")
                .isTrue();
        assertThat(FROM_DRL.ruleSet().compiledAtBuild()).isFalse();
        assertThat(TestRules.ruleSet().version()).isEqualTo(FROM_DRL.ruleSet().version());
        assertThat(TestRules.ruleSet().rules()).isEqualTo(FROM_DRL.ruleSet().rules());
    }

    @Test
    void aRuleFolderThatIsNotWhatTheBuildCompiledIsCompiledFromItsDrl() {
        var other =
                new RuleFiles("test", new TreeMap<>(RuleFiles.fromClasspath().files()) {
                    {
                        put("extra-comment.drl", "package headsup.rules;\n// a different folder\n");
                    }
                });
        assertThat(PrecompiledRules.forFiles(other)).isEmpty();
        assertThat(PrecompiledRules.forFiles(RuleFiles.fromClasspath())).isPresent();
    }

    static Stream<Arguments> requests() throws Exception {
        var vignettes = VignetteRequests.all().stream().map(request -> Arguments.of("vignette", request));
        var random = ScreeningPropertiesTest.randomRequests()
                .map(arguments -> Arguments.of(
                        "random #" + arguments.get()[0],
                        ((RequestBuilder) arguments.get()[2]).build()));
        return Stream.concat(vignettes, random);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theSameScreeningEitherWay(String what, ScreeningRequest request) {
        assertThat(TestRules.service().screen(request)).isEqualTo(DRL.screen(request));
    }
}
