package app.headsup.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.screening.TestRules;
import app.headsup.screening.Verdict;
import app.headsup.words.CodeWords;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GuidanceTest {

    private final Guidance guidance = TestRules.ruleSet().catalogues().guidance();

    @Test
    void aVerdictsSummaryAddsToItsTitleInsteadOfSayingItAgain() {
        // The result's verdict box and the PDF put the title ("Go ahead, with changes") right above the summary.
        for (Verdict verdict : Verdict.values()) {
            String firstWord =
                    CodeWords.english().verdict(verdict).split("[ ,]")[0].toLowerCase(Locale.ROOT);
            assertThat(guidance.summary(verdict.name()).toLowerCase(Locale.ROOT))
                    .as(verdict.name())
                    .isNotBlank()
                    .doesNotStartWith(firstWord + " ");
        }
    }
}
