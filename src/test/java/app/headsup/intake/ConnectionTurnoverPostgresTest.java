package app.headsup.intake;

/** Writes after the pool's connection turnover, on a real PostgreSQL server. */
@OnPostgres
class ConnectionTurnoverPostgresTest extends ConnectionTurnoverContract {}
