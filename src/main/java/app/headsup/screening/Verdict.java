package app.headsup.screening;

import app.headsup.rules.Level;

/** The one answer to "is it safe, and how?", mildest first. */
public enum Verdict {
    PROCEED,
    PROCEED_WITH_CHANGES,
    POSTPONE,
    SEE_DOCTOR_FIRST;

    /** The verdict a finding of this level asks for by itself. */
    public static Verdict of(Level level) {
        return switch (level) {
            case SEE_DOCTOR_FIRST -> SEE_DOCTOR_FIRST;
            case POSTPONE -> POSTPONE;
            case AVOID_AREA, ADJUST -> PROCEED_WITH_CHANGES;
            case INFO -> PROCEED;
        };
    }

    public boolean allowsRoutine() {
        return this == PROCEED || this == PROCEED_WITH_CHANGES;
    }
}
