package app.headsup.rules.facts;

/** Who a finding is about: the one being massaged, or the one whose hands do it. */
public enum Person {
    RECEIVER,
    GIVER
}
