/** A screening shown to a person: verdict first, then why, then how. */
@NullMarked
package app.headsup.ui.result;

import org.jspecify.annotations.NullMarked;
