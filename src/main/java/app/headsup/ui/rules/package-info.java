/** The rule catalogue, generated from the loaded DRL: id, level, what it says, why, source. */
@NullMarked
package app.headsup.ui.rules;

import org.jspecify.annotations.NullMarked;
