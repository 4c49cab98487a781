package app.headsup.intake;

/** The stored-intake contract on a real PostgreSQL server. */
@OnPostgres
class IntakeStoragePostgresTest extends IntakeStorageContract {}
