/** The oil checker: is this oil fine for this person, and how much of it? */
@NullMarked
package app.headsup.ui.oils;

import org.jspecify.annotations.NullMarked;
