/**
 * The heart of HeadsUp: a {@link app.headsup.screening.ScreeningRequest} goes in, the rules
 * decide, a complete {@link app.headsup.screening.Screening} comes out. The UI, the HTTP API and
 * the therapist intake all call {@link app.headsup.screening.ScreeningService}. No HTTP, servlet
 * or Vaadin type belongs here.
 */
@NullMarked
package app.headsup.screening;

import org.jspecify.annotations.NullMarked;
