package app.headsup.ui.questionnaire;

import app.headsup.words.Texts;
import org.jspecify.annotations.Nullable;

/** The answer to one yes/no question; "not sure" is passed on as such and counts as yes. */
public enum Reply {
    NO,
    YES,
    NOT_SURE;

    /** The reply in words, from the text table. */
    public String label() {
        return Texts.english().get("check.reply." + name());
    }

    /** Whether this reply opens the questions that follow it up: "yes" and "not sure" do, "no" and none don't. */
    static boolean opens(@Nullable Reply reply) {
        return reply == YES || reply == NOT_SURE;
    }
}
