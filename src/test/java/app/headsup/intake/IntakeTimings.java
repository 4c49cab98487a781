package app.headsup.intake;

import app.headsup.HeadsUpApplication;
import app.headsup.intake.account.Accounts;
import app.headsup.intake.account.Role;
import app.headsup.intake.client.Clients;
import app.headsup.intake.record.Confirmation;
import app.headsup.intake.record.Intakes;
import app.headsup.intake.record.Signing;
import app.headsup.screening.RequestBuilder;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures what issue 5 asks to report (not a test; run by bench/intakes.sh): the server time to
 * list one page of a client's history when the client has 10,000 intakes (first page and last
 * page), and to sign one intake. Times the service calls the client page and the intake form make.
 *
 * Usage: IntakeTimings [Spring Boot arguments, e.g. the database]
 */
public final class IntakeTimings {

    private static final int INTAKES = 10_000;
    private static final int PAGE = 50;
    private static final int WARM_UP = 100;
    private static final int RUNS = 300;

    public static void main(String[] args) {
        try (var app = new SpringApplicationBuilder(HeadsUpApplication.class).run(args)) {
            var accounts = app.getBean(Accounts.class);
            var intakes = app.getBean(Intakes.class);
            var jdbc = app.getBean(JdbcTemplate.class);
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            var tess = accounts.create("bench", "bench-" + suffix, "Bench", "bench-long-password", Role.THERAPIST);
            var clara = app.getBean(Clients.class).add(tess, "Clara Client", null, LocalDate.of(1990, 4, 2));
            var request = RequestBuilder.receiver(36)
                    .conditions("MIGRAINE_NOW")
                    .oils("LAVENDER")
                    .build();
            var confirms = new Confirmation("Clara Client", true, true);
            var first = intakes.sign(
                    tess,
                    Signing.of(clara.id(), request, confirms, UUID.randomUUID().toString()));

            // 9,999 more like the first, a day apart, written in batches: real rows, without 10,000 screenings.
            var rows = new ArrayList<Object[]>();
            for (int i = 1; i < INTAKES; i++) {
                rows.add(new Object[] {
                    UUID.randomUUID().toString(),
                    Timestamp.from(first.confirmedAt().minusSeconds(86_400L * i)),
                    first.id()
                });
            }
            jdbc.batchUpdate(
                    "insert into intake (client_id, therapist_id, submission_key, request_json, result_json, "
                            + "rule_set_version, verdict, confirmed_name, confirmed_at, storage_consent) "
                            + "select client_id, therapist_id, ?, request_json, result_json, rule_set_version, verdict, "
                            + "confirmed_name, ?, storage_consent from intake where id = ?",
                    rows);
            long stored = intakes.history(tess, clara.id(), 0, 1).getTotalElements();
            System.out.printf(
                    "database: %s; intakes of one client: %,d; page size %d; %d runs after %d warm-up%n",
                    app.getEnvironment().getProperty("spring.datasource.url"), stored, PAGE, RUNS, WARM_UP);

            int lastPage = (int) ((stored - 1) / PAGE);
            report(
                    "history, first page",
                    run(i -> intakes.history(tess, clara.id(), 0, PAGE).getContent()));
            report(
                    "history, last page (" + lastPage + ")",
                    run(i -> intakes.history(tess, clara.id(), lastPage, PAGE).getContent()));
            report(
                    "history, page by page",
                    run(i -> intakes.history(tess, clara.id(), i % (lastPage + 1), PAGE)
                            .getContent()));
            report(
                    "sign one intake",
                    run(i -> intakes.sign(
                            tess,
                            Signing.of(
                                    clara.id(),
                                    request,
                                    confirms,
                                    UUID.randomUUID().toString()))));
        }
    }

    private static List<Double> run(IntConsumer call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.accept(i);
        }
        var millis = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            call.accept(i);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, List<Double> sorted) {
        System.out.printf(
                "%-32s median %6.2f ms   p95 %6.2f ms   max %6.2f ms%n",
                what, sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.getLast());
    }
}
