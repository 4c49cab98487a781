/**
 * Loading, checking, versioning and running the DRL of {@code rules/}. The rule set is compiled
 * once at start-up; if anything about it is wrong the engine stays down and says why, and no
 * screening gets a verdict (fail closed). Knows nothing of HTTP, servlets or Vaadin.
 */
@NullMarked
package app.headsup.rules;

import org.jspecify.annotations.NullMarked;
