/** Therapist accounts, sign-in and the limit on failed logins. */
@NullMarked
package app.headsup.intake.account;

import org.jspecify.annotations.NullMarked;
