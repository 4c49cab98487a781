/**
 * The questionnaire kit every check is built from: one person's answers, the questions as steps with
 * their "why we ask", the health themes behind their gate questions, and the stepper that walks them.
 * The one-person check, the couple's check, the therapist's intake and the client's pre-fill all use it.
 */
@NullMarked
package app.headsup.ui.questionnaire;

import org.jspecify.annotations.NullMarked;
