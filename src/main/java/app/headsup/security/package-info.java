/** Who may see what: the public check and API are open; the practice pages need a sign-in. */
@NullMarked
package app.headsup.security;

import org.jspecify.annotations.NullMarked;
