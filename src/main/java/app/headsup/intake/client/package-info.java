/** A therapist's own clients. */
@NullMarked
package app.headsup.intake.client;

import org.jspecify.annotations.NullMarked;
