/**
 * The facts the DRL in {@code rules/} reasons about: plain records, one per kind of answer, and
 * {@link app.headsup.rules.facts.Hit}, what a rule inserts when its row applies.
 */
@NullMarked
package app.headsup.rules.facts;

import org.jspecify.annotations.NullMarked;
