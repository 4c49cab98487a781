package app.headsup.rules;

/** How serious a finding is, most serious first. */
public enum Level {
    SEE_DOCTOR_FIRST,
    POSTPONE,
    AVOID_AREA,
    ADJUST,
    INFO;

    /** The level as the result and the printed record name it, as the heading of its findings. */
    public String words() {
        return switch (this) {
            case SEE_DOCTOR_FIRST -> "See a doctor first";
            case POSTPONE -> "Not today";
            case AVOID_AREA -> "Leave these areas out";
            case ADJUST -> "Do it differently";
            case INFO -> "Good to know";
        };
    }
}
