/** Couples mode: both partners answer once about themselves; both directions are screened side by side. */
@NullMarked
package app.headsup.ui.couple;

import org.jspecify.annotations.NullMarked;
