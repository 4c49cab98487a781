package app.headsup.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures what issue 4 asks to report, against a running app (not a test; run by bench/ui.sh):
 * navigation to an interactive start page, and "See result" to the result shown, each in a fresh
 * browser context as a first-time visitor. Every visit leaves an open UI session on the server,
 * so bench/ui.sh can measure the heap they take.
 *
 * Usage: UiMeasurements BASE_URL [VISITS]
 */
public final class UiMeasurements {

    public static void main(String[] args) {
        String base = args[0];
        int visits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        var startPage = new ArrayList<Double>();
        var result = new ArrayList<Double>();
        try (var browser = new Browser()) {
            for (int i = 0; i < visits; i++) {
                long t0 = System.nanoTime();
                var page = browser.open(base + "/", 1280, 900);
                var checkOne = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check one person"));
                checkOne.waitFor();
                startPage.add(millisSince(t0));
                checkOne.click();
                page.getByText("Yes, they want it").click();
                Steps.next(page);
                page.getByLabel("Age of the person being massaged (years)").fill(Integer.toString(20 + i % 50));
                while (page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                                .count()
                        > 0) {
                    Steps.next(page);
                }
                Steps.answerNoToTheRest(page);
                var see = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See result"));
                long t1 = System.nanoTime();
                see.click();
                page.waitForSelector("#verdict");
                result.add(millisSince(t1));
                page.context().close();
            }
        }
        System.out.printf(
                "start page interactive: median %.0f ms, max %.0f ms (%d fresh visits)%n",
                median(startPage), Collections.max(startPage), visits);
        System.out.printf(
                "See result -> result shown: median %.0f ms, max %.0f ms%n", median(result), Collections.max(result));
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
