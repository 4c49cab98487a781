/** The routine player: one step at a time, with a countdown, pauses and a way to stop. */
@NullMarked
package app.headsup.ui.player;

import org.jspecify.annotations.NullMarked;
