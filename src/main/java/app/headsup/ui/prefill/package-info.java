/** The page a client opens from a therapist's pre-fill link, without an account. */
@NullMarked
package app.headsup.ui.prefill;

import org.jspecify.annotations.NullMarked;
