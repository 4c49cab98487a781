package app.headsup.intake.storage;

/**
 * Published when records were erased for good (a client, a purge, forgotten answers): the H2 file is then
 * compacted, so that what was erased does not linger in its free space ({@link H2Compaction}).
 */
public record DataErased() {}
