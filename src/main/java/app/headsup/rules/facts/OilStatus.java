package app.headsup.rules.facts;

/** Most serious first: an oil takes the first status that applies. */
public enum OilStatus {
    AVOID,
    PATCH_TEST_FIRST,
    OK
}
