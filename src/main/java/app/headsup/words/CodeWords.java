package app.headsup.words;

import app.headsup.rules.Level;
import app.headsup.rules.Pressure;
import app.headsup.rules.facts.OilStatus;
import app.headsup.screening.Verdict;

/** The words for the codes a screening gives (verdict, level, oil status, pressure): codes never change, words do. */
public final class CodeWords {

    private static final CodeWords ENGLISH = new CodeWords(Texts.english());

    private final Texts texts;

    public CodeWords(Texts texts) {
        this.texts = texts;
    }

    public static CodeWords english() {
        return ENGLISH;
    }

    public String verdict(Verdict verdict) {
        return texts.get("verdict." + verdict.name());
    }

    public String level(Level level) {
        return texts.get("level." + level.name());
    }

    public String oilStatus(OilStatus status) {
        return texts.get("oil-status." + status.name());
    }

    public String pressure(Pressure pressure) {
        return texts.get("pressure." + pressure.name());
    }
}
