/** The therapist's pages: sign-in, clients, accounts. Everything here needs a sign-in. */
@NullMarked
package app.headsup.ui.practice;

import org.jspecify.annotations.NullMarked;
