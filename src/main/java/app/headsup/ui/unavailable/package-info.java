/** The page shown instead of any check while the rules are down (fail closed). */
@NullMarked
package app.headsup.ui.unavailable;

import org.jspecify.annotations.NullMarked;
