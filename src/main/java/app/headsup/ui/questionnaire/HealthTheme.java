package app.headsup.ui.questionnaire;

import app.headsup.catalogue.Vocabulary;
import java.util.List;

/**
 * The receiver's health questions grouped the way people think about them, each behind one plain
 * gate question, so a healthy person answers a handful of questions instead of forty. Which codes
 * belong to a theme is said by the vocabulary (its {@code theme} column, the constant's name), so a
 * new condition needs no change here.
 */
public enum HealthTheme {
    TODAY(
            "How is the receiver today?",
            "Anything of this today: fever, an illness that spreads, a migraine right now, "
                    + "alcohol or drugs, a heavy meal in the last hour, head lice?",
            "Do you have any of these today: a fever, an illness that spreads, a migraine right now, "
                    + "alcohol or drugs in the last hours, a heavy meal in the last hour, head lice?"),
    HEAD_AND_NERVES(
            "Head, neck and nerves",
            "Any injury, headache, migraine, seizures, dizziness or nerve problem " + "in the head or neck?",
            "Have you had any injury, headache, migraine, seizures, dizziness or nerve problem in your head or neck?"),
    HEART_AND_BREATHING(
            "Heart, blood and breathing",
            "Any heart, blood pressure, clot, stroke, bleeding, blood or " + "breathing condition, or a pacemaker?",
            "Do you have, or have you had, any heart, blood pressure, clot, stroke, bleeding, blood or breathing "
                    + "condition, or a pacemaker?"),
    TREATMENT_AND_BONES(
            "Treatment, bones and recovery",
            "Any recent surgery or fracture, cancer treatment, "
                    + "osteoporosis, diabetes, pregnancy complications, or anything else a doctor is treating?",
            "Have you had recent surgery or a fracture, or do you have cancer treatment, osteoporosis, diabetes, "
                    + "pregnancy complications, or anything else a doctor is treating?"),
    SKIN_HAIR_EARS(
            "Skin, hair and ears",
            "Any sensitive or fragile skin, eczema, hair extensions or braids, " + "hearing aids or implants?",
            "Do you have sensitive or fragile skin, eczema, hair extensions or braids, hearing aids or implants?"),
    MEDICINES(
            "Medicines",
            "Taking blood thinners or daily aspirin, long-term steroids, medicine for seizures, or "
                    + "medicine that makes skin sensitive to sunlight?",
            "Do you take blood thinners or daily aspirin, long-term steroids, medicine for seizures, or "
                    + "medicine that makes your skin sensitive to sunlight?");

    /** The vocabulary's theme for questions asked beside the pregnancy question, not behind a gate. */
    public static final String BESIDE_PREGNANCY = "PREGNANCY";

    /**
     * The vocabulary's theme for questions asked with consent (whether the person can say "stop"), of whoever
     * fills in the form for them.
     */
    public static final String BESIDE_CONSENT = "CONSENT";

    private final String title;
    private final String gate;
    private final String gateToYou;

    HealthTheme(String title, String gate, String gateToYou) {
        this.title = title;
        this.gate = gate;
        this.gateToYou = gateToYou;
    }

    public String title() {
        return title;
    }

    /** The one question that opens the theme's detailed questions. */
    public String gate() {
        return gate;
    }

    /** The same question put to the person it is about (a partner, a client at home). */
    public String gateToYou() {
        return gateToYou;
    }

    public List<String> codes(Vocabulary vocabulary) {
        return vocabulary.codesInTheme(name());
    }
}
