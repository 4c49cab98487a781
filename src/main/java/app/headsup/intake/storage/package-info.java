/**
 * Where the records lie: the H2 file kept private and encrypted ({@link app.headsup.intake.storage.H2AtRest}),
 * compacted after an erasure so that erased data leaves the file, backed up every night and on demand, and
 * restored from a backup into a fresh folder ({@link app.headsup.intake.storage.Restore}).
 */
@NullMarked
package app.headsup.intake.storage;

import org.jspecify.annotations.NullMarked;
