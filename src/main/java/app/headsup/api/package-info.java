/**
 * The HTTP API described in docs/api.md: {@code POST /api/v1/screenings} and
 * the read-only companions, with strict request reading and {@code application/problem+json}
 * errors. Anonymous and stateless; decides nothing about safety itself.
 */
@NullMarked
package app.headsup.api;

import org.jspecify.annotations.NullMarked;
