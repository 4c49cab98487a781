/** The questionnaire for one massage: answers kept in the UI session only, screened by the service. */
@NullMarked
package app.headsup.ui.check;

import org.jspecify.annotations.NullMarked;
