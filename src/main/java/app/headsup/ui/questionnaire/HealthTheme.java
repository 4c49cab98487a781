package app.headsup.ui.questionnaire;

import app.headsup.catalogue.Vocabulary;
import app.headsup.words.Texts;
import java.util.List;

/**
 * The receiver's health questions grouped the way people think about them, each behind one plain
 * gate question, so a healthy person answers a handful of questions instead of forty. Which codes
 * belong to a theme is said by the vocabulary (its {@code theme} column, the constant's name), so a
 * new condition needs no change here.
 */
public enum HealthTheme {
    TODAY,
    HEAD_AND_NERVES,
    HEART_AND_BREATHING,
    TREATMENT_AND_BONES,
    SKIN_HAIR_EARS,
    MEDICINES;

    /** The vocabulary's theme for questions asked beside the pregnancy question, not behind a gate. */
    public static final String BESIDE_PREGNANCY = "PREGNANCY";

    /**
     * The vocabulary's theme for questions asked with consent (whether the person can say "stop"), of whoever
     * fills in the form for them.
     */
    public static final String BESIDE_CONSENT = "CONSENT";

    /** The theme's heading; its words are in the text table, under {@code theme.<name>}. */
    public String title(Texts texts) {
        return texts.get("theme." + name() + ".title");
    }

    /** The one question that opens the theme's detailed questions. */
    public String gate(Texts texts) {
        return texts.get("theme." + name() + ".gate");
    }

    /** The same question put to the person it is about (a partner, a client at home). */
    public String gateToYou(Texts texts) {
        return texts.get("theme." + name() + ".gate-you");
    }

    public List<String> codes(Vocabulary vocabulary) {
        return vocabulary.codesInTheme(name());
    }
}
