package app.headsup.ui.questionnaire;

import app.headsup.words.Texts;

/**
 * How the questions address the person they are about: "the person being massaged" when one
 * massage is checked, "you" when each partner of a couple, or a client at home, answers about themselves.
 */
public record Who(
        String consent,
        String yes,
        String no,
        String age,
        String allergies,
        String areas,
        String prefix,
        boolean toYou) {

    public static final Who RECEIVER = of("receiver", "", false);

    /** A therapist's client answering at home, before the session, through a pre-fill link. */
    public static final Who CLIENT = of("client", "", true);

    /** A partner of a couple, answering about themselves, asked by their name. */
    public static Who partner(String name) {
        return of("partner", Texts.english().get("who.partner.prefix", name), true, name);
    }

    /** The wording of one way of asking, from the text table's {@code who.<way>.*} texts. */
    private static Who of(String way, String prefix, boolean toYou, Object... name) {
        var texts = Texts.english();
        return new Who(
                texts.get("who." + way + ".consent", name),
                texts.get("who." + way + ".yes", name),
                texts.get("who." + way + ".no", name),
                texts.get("who." + way + ".age", name),
                texts.get("who." + way + ".allergies", name),
                texts.get("who." + way + ".areas", name),
                prefix,
                toYou);
    }
}
