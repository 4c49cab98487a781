package app.headsup.intake;

import org.springframework.boot.test.context.SpringBootTest;

/** The pre-fill link contract on H2, the default database. */
@SpringBootTest
class PrefillLinkH2Test extends PrefillLinkContract {}
