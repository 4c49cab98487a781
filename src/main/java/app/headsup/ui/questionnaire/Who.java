package app.headsup.ui.questionnaire;

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

    public static final Who RECEIVER = new Who(
            "Does the person being massaged want a massage today?",
            "Yes, they want it",
            "No, not today",
            "Age of the person being massaged (years)",
            "Is the person being massaged allergic to anything?",
            "Is there anything on one of these areas of the person being massaged: a cut, a bruise, a rash, or "
                    + "simply a place they would rather not have touched? Leave the rest as it is.",
            "",
            false);

    /** A therapist's client answering at home, before the session, through a pre-fill link. */
    public static final Who CLIENT = new Who(
            "Would you like a massage at your session?",
            "Yes, I'd like that",
            "No, not this time",
            "Your age (years)",
            "Are you allergic to anything?",
            "Is there anything on one of these areas of yours: a cut, a bruise, a rash, or simply a place you "
                    + "would rather not have touched? Leave the rest as it is.",
            "",
            true);

    public static Who partner(String name) {
        return new Who(
                "Do you want to be massaged today, " + name + "?",
                "Yes, I'd like that",
                "No, not today",
                "Your age (years)",
                "Are you allergic to anything? (It counts when you give a massage too: oil touches your hands.)",
                "Is there anything on one of these areas of yours: a cut, a bruise, a rash, or simply a place you "
                        + "would rather not have touched?",
                name + ": ",
                true);
    }
}
