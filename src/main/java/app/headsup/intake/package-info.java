/** The therapist's side: accounts, clients, stored and signed intakes, and the audit log. */
@NullMarked
package app.headsup.intake;

import org.jspecify.annotations.NullMarked;
