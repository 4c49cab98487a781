package app.headsup.screening;

import app.headsup.rules.RuleEngine;
import app.headsup.rules.RuleFiles;
import app.headsup.rules.RuleSet;

/** The packaged rule set, compiled once for all in-process tests. */
public final class TestRules {

    private static final RuleEngine ENGINE = new RuleEngine(RuleFiles::fromClasspath);
    private static final ScreeningService SERVICE = new ScreeningService(ENGINE);

    private TestRules() {}

    public static RuleEngine engine() {
        return ENGINE;
    }

    public static RuleSet ruleSet() {
        return ENGINE.ruleSet();
    }

    public static ScreeningService service() {
        return SERVICE;
    }

    public static Screening screen(RequestBuilder request) {
        return SERVICE.screen(request.build());
    }
}
