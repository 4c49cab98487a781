package app.headsup.words;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.rules.Level;
import app.headsup.rules.Pressure;
import app.headsup.rules.facts.OilStatus;
import app.headsup.screening.PatchTest;
import app.headsup.screening.RoutineResult;
import app.headsup.screening.TestRules;
import app.headsup.screening.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningWordsTest {

    private final ScreeningWords words =
            new ScreeningWords(Texts.english(), TestRules.ruleSet().catalogues().vocabulary());

    @ParameterizedTest(name = "{1} % in {0} ml: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "30; 2.0; at most 12 drops in 30 ml",
                "10; 0.5; at most 1 drop in 10 ml",
                "10; 0.4; less than one drop in 10 ml: at 0.4 % one drop needs at least 13 ml of carrier",
                "30; 0.07; less than one drop in 30 ml: at 0.07 % one drop needs at least 72 ml of carrier"
            })
    void neverAtMostZeroDrops(String ml, String percent, String expected) {
        assertThat(words.dropsIn(new BigDecimal(ml), new BigDecimal(percent))).isEqualTo(expected);
    }

    @Test
    void aRoutineLineCountsItsDropsAndKeepsItsApostrophe() {
        var routine = new RoutineResult(
                "SEATED_10",
                "Seated neck and shoulders",
                600,
                10,
                Pressure.LIGHT,
                "JOJOBA",
                List.of(),
                List.of(),
                List.of(
                        new RoutineResult.BlendLine("LAVENDER", new BigDecimal("1.0"), 6),
                        new RoutineResult.BlendLine("FRANKINCENSE", new BigDecimal("0.25"), 1)),
                List.of(),
                null,
                List.of());
        assertThat(words.routineSummary(routine))
                .isEqualTo("10 minutes, light pressure, Jojoba oil, with at most 6 drops of Lavender (1 %) and "
                        + "at most 1 drop of Frankincense (0.25 %) per 30 ml of jojoba oil (the whole blend within "
                        + "this person's limit).");
    }

    @Test
    void oneOilIsItAndSeveralAreThem() {
        assertThat(words.patchTestWait(new PatchTest(List.of("LAVENDER"), 48, List.of())))
                .isEqualTo("Wait 48 hours before using it on the head.");
        assertThat(words.patchTestWait(new PatchTest(List.of("LAVENDER", "JOJOBA"), 48, List.of())))
                .isEqualTo("Wait 48 hours before using them on the head.");
    }

    @Test
    void everyCodeHasItsWordsInTheTable() {
        var codes = CodeWords.english();
        for (Verdict verdict : Verdict.values()) {
            assertThat(codes.verdict(verdict)).isNotBlank();
        }
        for (Level level : Level.values()) {
            assertThat(codes.level(level)).isNotBlank();
        }
        for (OilStatus status : OilStatus.values()) {
            assertThat(codes.oilStatus(status)).isNotBlank();
        }
        for (Pressure pressure : Pressure.values()) {
            assertThat(codes.pressure(pressure)).isNotBlank();
        }
        assertThat(codes.level(Level.AVOID_AREA)).isEqualTo("Leave these areas out");
    }

    @Test
    void numbersFollowTheLanguage() {
        var german = new ScreeningWords(
                Texts.of(Locale.GERMAN), TestRules.ruleSet().catalogues().vocabulary());
        // Until the German table exists the words are English, but the decimal sign is already the language's.
        assertThat(german.percent(new BigDecimal("1.50"))).isEqualTo("1,5 %");
        assertThat(words.percent(new BigDecimal("1.50"))).isEqualTo("1.5 %");
        assertThat(words.percent(new BigDecimal("0.125"))).isEqualTo("0.125 %");
    }
}
