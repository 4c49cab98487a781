/** The one-person check: the questionnaire for one massage, then its result; nothing is stored. */
@NullMarked
package app.headsup.ui.check;

import org.jspecify.annotations.NullMarked;
