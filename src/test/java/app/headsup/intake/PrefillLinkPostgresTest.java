package app.headsup.intake;

/** The pre-fill link contract on a real PostgreSQL server. */
@OnPostgres
class PrefillLinkPostgresTest extends PrefillLinkContract {}
