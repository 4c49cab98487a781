package app.headsup.rules.facts;

public enum Pregnancy {
    NO,
    YES,
    UNSURE
}
