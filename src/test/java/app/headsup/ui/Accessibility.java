package app.headsup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** The accessibility check every browser test can run on the page it reached. */
public final class Accessibility {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    private Accessibility() {}

    /**
     * No serious or critical axe-core violation on the page as it is now, and nothing on it was blocked by
     * the Content-Security-Policy.
     */
    public static void assertNoSeriousViolations(Page page) {
        assertThat(Browser.cspViolations(page))
                .as(page.url() + ": blocked by the Content-Security-Policy")
                .isEmpty();
        var results = new AxeBuilder(page).analyze();
        var blocking = results.getViolations().stream()
                .filter(v -> BLOCKING.contains(v.getImpact()))
                .toList();
        assertThat(blocking).as(page.url() + "\n" + describe(blocking)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
