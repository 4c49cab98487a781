/** The start page: what HeadsUp does and does not do, or that the safety check is unavailable. */
@NullMarked
package app.headsup.ui.start;

import org.jspecify.annotations.NullMarked;
