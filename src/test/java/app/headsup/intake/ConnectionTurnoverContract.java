package app.headsup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.headsup.intake.account.LoginLimit;
import app.headsup.intake.account.Role;
import app.headsup.intake.prefill.PrefillDraft;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.record.Confirmation;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.Signing;
import app.headsup.screening.RequestBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The connection pool replaces every connection after its lifetime (HikariCP: 30 minutes less up to a
 * quarter, at random), among them the one Flyway made the schema with. Every kind of write must work
 * after that. On H2 2.4.240 it did not: a CHECK with an IN list stayed bound to the session that
 * created it, so once that connection closed, saving an account or a note failed with "Check
 * constraint invalid ... The database has been closed", 22 to 30 minutes after the first start.
 * Here the pool retires every connection at once instead of waiting for their lifetime.
 */
abstract class ConnectionTurnoverContract extends TwoTherapistsAndAClient {

    @Autowired
    DataSource dataSource;

    @Autowired
    Intakes intakes;

    @Autowired
    PrefillLinks prefillLinks;

    @Autowired
    LoginLimit loginLimit;

    @Test
    void everyKindOfWriteWorksAfterThePoolHasReplacedTheConnectionThatMadeTheSchema() throws Exception {
        retireEveryPooledConnection();

        var added =
                accounts.create("test", "turnover-" + tess.id(), "Tina Turnover", "tina-long-password", Role.THERAPIST);
        accounts.setEnabled("test", added.id(), false);
        accounts.setEnabled("test", added.id(), true);
        var client = clients.add(tess, "Carl Client", null, LocalDate.of(1970, 1, 1));
        var intake = intakes.sign(
                tess,
                Signing.of(
                        client.id(),
                        RequestBuilder.receiver(55)
                                .conditions("HEART_CONDITION")
                                .build(),
                        new Confirmation("Carl Client", true, true),
                        "turnover-" + client.id() + "-0123456789"));
        intakes.addNote(tess, intake.id(), "Talked it through.");
        intakes.recordClearance(tess, intake.id(), LocalDate.now().minusDays(1), "Cleared by Dr Example.");
        var link = prefillLinks.create(tess, client.id());
        prefillLinks.complete(
                link.token(), new PrefillDraft(RequestBuilder.receiver(55).build(), true, 4));
        loginLimit.failed("nobody-" + client.id(), "192.0.2.1");

        assertThat(accounts.byUsername(added.username()).enabled()).isTrue();
        assertThat(intakes.find(tess, intake.id()).orElseThrow().notes()).hasSize(2);
        assertThat(prefillLinks.completedAnswers(tess, client.id(), link.link().id()))
                .isPresent();
    }

    /**
     * What HikariCP does at a connection's end of life, for all of them now: evict, close, and wait until
     * the database no longer has any of the sessions that were open before.
     */
    private void retireEveryPooledConnection() throws InterruptedException {
        Set<Object> before = new HashSet<>(openSessions());
        assertThat(before).isNotEmpty();
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (openSessions().stream().anyMatch(before::contains)) {
            assertThat(System.nanoTime())
                    .as("the pool closed its old connections")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** The database's own ids of the sessions open on it, other than the one asking. */
    private List<Object> openSessions() {
        return jdbc.execute((Connection connection) -> {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            String sql = h2
                    ? "select session_id from information_schema.sessions where session_id <> session_id()"
                    : "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()";
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery(sql)) {
                var ids = new ArrayList<Object>();
                while (rows.next()) {
                    ids.add(rows.getObject(1));
                }
                return ids;
            }
        });
    }
}
