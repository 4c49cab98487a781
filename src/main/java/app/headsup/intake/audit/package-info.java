/** Who did what and when, never the health details. */
@NullMarked
package app.headsup.intake.audit;

import org.jspecify.annotations.NullMarked;
