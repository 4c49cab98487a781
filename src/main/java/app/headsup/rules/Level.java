package app.headsup.rules;

/** How serious a finding is, most serious first. */
public enum Level {
    SEE_DOCTOR_FIRST,
    POSTPONE,
    AVOID_AREA,
    ADJUST,
    INFO
}
