package app.headsup.intake;

import org.springframework.boot.test.context.SpringBootTest;

/** Writes after the pool's connection turnover, on H2 (where 2.4.240 failed). */
@SpringBootTest
class ConnectionTurnoverH2Test extends ConnectionTurnoverContract {}
