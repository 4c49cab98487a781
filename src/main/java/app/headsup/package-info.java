/** HeadsUp: a safety and suitability check for head, neck and shoulder massage. */
@NullMarked
package app.headsup;

import org.jspecify.annotations.NullMarked;
