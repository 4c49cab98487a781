package app.headsup.ui.questionnaire;

/** The answer to one yes/no question; "not sure" is passed on as such and counts as yes. */
public enum Reply {
    NO("No"),
    YES("Yes"),
    NOT_SURE("Not sure");

    private final String label;

    Reply(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
