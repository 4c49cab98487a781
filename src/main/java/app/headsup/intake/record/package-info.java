/** Signed intakes: the answers, the full result and the rule-set version, stored once and never changed. */
@NullMarked
package app.headsup.intake.record;

import org.jspecify.annotations.NullMarked;
