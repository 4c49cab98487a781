package app.headsup.ui.questionnaire;

import org.jspecify.annotations.Nullable;

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

    /** Whether this reply opens the questions that follow it up: "yes" and "not sure" do, "no" and none don't. */
    static boolean opens(@Nullable Reply reply) {
        return reply == YES || reply == NOT_SURE;
    }
}
