package app.headsup.intake;

import org.springframework.boot.test.context.SpringBootTest;

/** The stored-intake contract on H2, the default database. */
@SpringBootTest
class IntakeStorageH2Test extends IntakeStorageContract {}
