package app.headsup.rules;

public enum Pressure {
    LIGHT,
    MEDIUM
}
