package app.headsup.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DilutionTest {

    @ParameterizedTest(name = "{1} % in {0} ml = {2} drops")
    @CsvSource({"30, 1.0, 6", "30, 2.0, 12", "30, 0.4, 2", "30, 0.07, 0", "10, 2.0, 4", "50, 0.5, 5",
            "15, 1.0, 3", "100, 5.4, 108", "5, 0.8, 0"})
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

    @org.junit.jupiter.api.Test
    void anEmptyBottleIsRefused() {
        assertThatThrownBy(() -> Dilution.percent(3, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
