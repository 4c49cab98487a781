/** The Vaadin screens, one folder per screen. Views are thin: every decision comes from the screening service. */
@NullMarked
package app.headsup.ui;

import org.jspecify.annotations.NullMarked;
