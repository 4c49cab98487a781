package app.headsup.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DilutionTest {

    @ParameterizedTest(name = "{1} % in {0} ml = {2} drops")
    @CsvSource({
        "30, 1.0, 6",
        "30, 2.0, 12",
        "30, 0.4, 2",
        "30, 0.07, 0",
        "10, 2.0, 4",
        "50, 0.5, 5",
        "15, 1.0, 3",
        "100, 5.4, 108",
        "5, 0.8, 0"
    })
    void dropsAreRoundedDownSoTheMaximumIsNeverPassed(String ml, String percent, int drops) {
        assertThat(Dilution.drops(new BigDecimal(ml), new BigDecimal(percent))).isEqualTo(drops);
        if (drops > 0) {
            assertThat(Dilution.percent(drops, new BigDecimal(ml))).isLessThanOrEqualTo(new BigDecimal(percent));
        }
    }

    @ParameterizedTest(name = "{0} drops in {1} ml = {2} %")
    @CsvSource({"6, 30, 1.00", "12, 30, 2.00", "1, 30, 0.17", "3, 10, 1.50", "0, 30, 0.00"})
    void theReverseGivesThePercentage(int drops, String ml, String percent) {
        assertThat(Dilution.percent(drops, new BigDecimal(ml))).isEqualByComparingTo(percent);
    }

    @ParameterizedTest(name = "{0} % needs a bottle of {1} ml for one drop")
    @CsvSource({"0.4, 13", "0.07, 72", "0.5, 10"})
    void theSmallestBottleTakesExactlyOneDrop(String percent, int bottle) {
        assertThat(Dilution.smallestBottleForOneDrop(new BigDecimal(percent))).isEqualTo(bottle);
        assertThat(Dilution.drops(BigDecimal.valueOf(bottle), new BigDecimal(percent)))
                .isEqualTo(1);
        assertThat(Dilution.drops(BigDecimal.valueOf(bottle - 1), new BigDecimal(percent)))
                .isZero();
    }

    @Test
    void anEmptyBottleIsRefused() {
        assertThatThrownBy(() -> Dilution.percent(3, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
