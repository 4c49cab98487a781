/** The clickable map of the head, neck, shoulders, hands and feet, drawn from frontend/images/body-map.svg. */
@NullMarked
package app.headsup.ui.map;

import org.jspecify.annotations.NullMarked;
