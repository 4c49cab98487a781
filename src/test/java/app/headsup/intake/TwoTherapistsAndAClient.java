package app.headsup.intake;

import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import app.headsup.intake.account.Therapist;
import app.headsup.intake.client.Client;
import app.headsup.intake.client.Clients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every storage test starts from the same practice: Tess with her client Clara, and Theo, who must
 * never reach Clara. Names are fresh per test, so tests share a database without meeting.
 */
abstract class TwoTherapistsAndAClient {

    @Autowired
    Accounts accounts;

    @Autowired
    Clients clients;

    @Autowired
    JdbcTemplate jdbc;

    Therapist tess;
    Therapist theo;
    Client clara;

    @BeforeEach
    void twoTherapistsAndAClient() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        tess = accounts.create("test", "tess-" + suffix, "Tess", "tess-long-password", Role.THERAPIST);
        theo = accounts.create("test", "theo-" + suffix, "Theo", "theo-long-password", Role.THERAPIST);
        clara = clients.add(tess, "Clara Client", "clara@example.org", LocalDate.of(1990, 4, 2));
    }

    /** Runs the same call on several threads released at the same moment, and waits for them all. */
    static void atOnce(int threads, Callable<?> call) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var results = new ArrayList<Future<?>>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
    }

    long audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ?", Long.class, action);
    }
}
