package app.headsup.intake.storage;

import java.time.Instant;

/** One backup file: its name in the backup folder, when it was made, and its size in bytes. */
public record Backup(String name, Instant madeAt, long bytes) {}
