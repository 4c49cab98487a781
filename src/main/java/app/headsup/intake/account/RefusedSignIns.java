package app.headsup.intake.account;

import app.headsup.intake.audit.AuditLog;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sign-ins refused while a name or an address is paused, in the audit log per address and window rather than
 * one row each (a script made 200 rows in 2.3 s): the first refusal of a window is written at once, the rest
 * are counted and written as one line when the window is over.
 */
@Component
class RefusedSignIns {

    static final String FIRST = "SIGN_IN_REFUSED";
    static final String MORE = "SIGN_IN_REFUSED_MORE";

    private record Window(String actor, long number) {}

    private final AuditLog audit;
    private final Clock clock;
    private final long windowMillis;
    private final Map<Window, AtomicInteger> counted = new ConcurrentHashMap<>();

    RefusedSignIns(AuditLog audit, Clock clock, SignInSettings settings) {
        this.audit = audit;
        this.clock = clock;
        this.windowMillis = settings.window().toMillis();
    }

    /** @param actor who tried, as the audit log names them ("anonymous from 192.0.2.1") */
    void refused(String actor, String subject) {
        var window = new Window(actor, clock.millis() / windowMillis);
        if (counted.computeIfAbsent(window, w -> new AtomicInteger()).getAndIncrement() == 0) {
            audit.record(actor, FIRST, subject + "; more in this window are counted, not listed");
        }
    }

    /** Writes the count of the windows that are over. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void writeFinishedWindows() {
        writeWindowsBefore(clock.millis() / windowMillis);
    }

    void writeWindowsBefore(long windowNumber) {
        for (var entry : Map.copyOf(counted).entrySet()) {
            var window = entry.getKey();
            if (window.number() < windowNumber && counted.remove(window) != null) {
                int more = entry.getValue().get() - 1;
                if (more > 0) {
                    audit.record(window.actor(), MORE, more + " more refused sign-in(s) in the same window");
                }
            }
        }
    }
}
