package app.headsup.rules.facts;

/** Something on one area of the receiver: a cut on the scalp, a bruise on the shoulders. */
public record LocalIssue(String kind, String area) {}
