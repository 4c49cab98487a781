package app.headsup.catalogue;

public enum OilFlag {
    PHOTOTOXIC,
    SENSITISER,
    IRRITANT
}
