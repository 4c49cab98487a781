package app.headsup.ui.rules;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.headsup.ui.Browser;
import app.headsup.ui.BrowserTestBase;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules page in real headless Chromium, at a desk and on a phone: every part of every rule (name, level,
 * what it says, why, source) shows inside the page's width, no card is a tall mostly empty box, and the search
 * finds rules by an oil's name and by word forms.
 */
class RulesBrowserTest extends BrowserTestBase {

    /** Each card's box and the boxes of its parts, measured in the page. */
    private static final String MEASURE = """
            () => [...document.querySelectorAll('.rule-card')].map(card => {
              const box = card.getBoundingClientRect();
              const parts = [...card.querySelectorAll('.rule-name, .rule-level, .rule-part')]
                .map(part => part.getBoundingClientRect());
              const text = [...card.querySelectorAll('.rule-part > p')].map(p => p.textContent.trim().length);
              return [box.left, box.right, box.height,
                      Math.min(...parts.map(p => p.left)), Math.max(...parts.map(p => p.right)),
                      parts.length, Math.min(...text)];
            })
            """;

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void everyPartOfEveryRuleIsReadableAtThisWidth(int width) {
        var page = open("/rules", width);
        assertThat(page.getByText("99 rules in rule set")).isVisible();
        Browser.assertFitsWidth(page, width);
        @SuppressWarnings("unchecked")
        var cards = (List<List<Number>>) page.evaluate(MEASURE);
        Assertions.assertThat(cards).hasSize(99);
        for (var card : cards) {
            double left = card.get(0).doubleValue();
            double right = card.get(1).doubleValue();
            Assertions.assertThat(left).isGreaterThanOrEqualTo(0);
            Assertions.assertThat(right).isLessThanOrEqualTo(width);
            Assertions.assertThat(card.get(3).doubleValue())
                    .as("parts inside the card")
                    .isGreaterThanOrEqualTo(left);
            Assertions.assertThat(card.get(4).doubleValue())
                    .as("parts inside the card")
                    .isLessThanOrEqualTo(right);
            Assertions.assertThat(card.get(5).intValue())
                    .as("name, level, what, why, source")
                    .isEqualTo(5);
            Assertions.assertThat(card.get(6).intValue())
                    .as("no part left empty")
                    .isPositive();
        }
        double tallest =
                cards.stream().mapToDouble(c -> c.get(2).doubleValue()).max().orElseThrow();
        Assertions.assertThat(tallest).as("the tallest card, px").isLessThan(width < 600 ? 1200 : 700);
        Browser.screenshot(page, "rules-" + width);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 375})
    void theSearchFindsOilsByNameAndWordsInAnyForm(int width) {
        var page = open("/rules", width);
        var search = page.getByLabel("Search the rules");
        search.fill("hearing");
        assertThat(page.locator("#rule-matches")).hasText("1 of 99 rules match “hearing”");
        var shown = page.locator(".rule-card").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(shown).hasCount(1);
        assertThat(shown.getByText("RECEIVER-HEARING_AID")).isVisible();

        search.fill("lavender");
        assertThat(page.locator("#rule-matches")).containsText("rules match “lavender”");
        assertThat(page.locator("#rule-matches")).not().containsText("0 of 99");
        assertThat(shown.getByText("RECEIVER-PREGNANCY", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        search.fill("pregnant");
        assertThat(page.locator("#rule-matches")).containsText("“pregnant”");
        String pregnant = page.locator("#rule-matches").textContent().replace("“pregnant”", "“pregnancy”");
        search.fill("pregnancy");
        assertThat(page.locator("#rule-matches")).hasText(pregnant);
        Browser.screenshot(page, "rules-search-" + width);
        Assertions.assertThat(page.getByRole(AriaRole.LISTITEM)
                        .filter(new Locator.FilterOptions().setVisible(true))
                        .count())
                .isEqualTo(Integer.parseInt(pregnant.split(" ")[0]));
    }
}
