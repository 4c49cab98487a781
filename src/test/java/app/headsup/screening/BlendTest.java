package app.headsup.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Knowledge section 1's blend arithmetic, case by case, in exact decimals. */
class BlendTest {

    private static Blend.Ingredient oil(String code, String ownMax, boolean phototoxic) {
        return new Blend.Ingredient(code, ownMax.isEmpty() ? null : new BigDecimal(ownMax), phototoxic);
    }

    /** ingredients: code:ownMax:phototoxic separated by spaces; expected: code:percent:drops. */
    @ParameterizedTest(name = "cap {0}: {1} → {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "2.0; A::n; A:2.00:12",
                "2.0; A::n B::n; A:1.00:6 B:1.00:6",
                "2.0; A::n B::n C::n; A:0.66:3 B:0.66:3 C:0.66:3",
                "1.0; A::n B::n C::n; A:0.33:1 B:0.33:1 C:0.33:1",
                "0.5; A::n B::n; A:0.25:1 B:0.25:1",
                "2.0; CINNAMON:0.07:n A::n; CINNAMON:0.07:0 A:1.00:6",
                "2.0; BERGAMOT:0.4:y; BERGAMOT:0.40:2",
                "2.0; BERGAMOT:0.4:y LEMON:2.0:y; BERGAMOT:0.26:1 LEMON:0.66:3",
                "1.0; BERGAMOT:0.4:y A::n; BERGAMOT:0.40:2 A:0.50:3",
                "2.0; BERGAMOT:0.4:y LEMON:2.0:y A::n; BERGAMOT:0.30:1 LEMON:0.49:2 A:0.66:3",
                "0; A::n; A:0.00:0",
            })
    void eachOilsShare(String cap, String ingredients, String expected) {
        var oils = Arrays.stream(ingredients.split(" "))
                .map(i -> i.split(":", -1))
                .map(p -> oil(p[0], p[1], p[2].equals("y")))
                .toList();
        var shares = Blend.of(new BigDecimal(cap), oils);
        assertThat(shares)
                .extracting(s -> s.oil() + ":" + s.percent().toPlainString() + ":" + s.dropsPer30ml())
                .containsExactlyElementsOf(List.of(expected.split(" ")));
        var total = shares.stream().map(Blend.Share::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isLessThanOrEqualTo(new BigDecimal(cap));
    }

    @ParameterizedTest(name = "{0} ml")
    @CsvSource({"10, 4", "30, 12", "50, 20", "5, 2"})
    void dropsForAnyBottleSize(String ml, int drops) {
        var share =
                Blend.of(new BigDecimal("2.0"), List.of(oil("A", "", false))).getFirst();
        assertThat(share.drops(new BigDecimal(ml))).isEqualTo(drops);
    }
}
