/**
 * The read-only catalogues beside the DRL in {@code rules/}: oils, routines, the code vocabulary,
 * sources and the fixed guidance texts. Each is parsed from its CSV file; nothing here decides
 * anything about safety.
 */
@NullMarked
package app.headsup.catalogue;

import org.jspecify.annotations.NullMarked;
