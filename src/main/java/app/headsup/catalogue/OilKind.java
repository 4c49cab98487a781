package app.headsup.catalogue;

/** A carrier is the base oil; an essential oil always goes into a carrier. */
public enum OilKind {
    CARRIER,
    ESSENTIAL
}
