package app.headsup.intake.audit;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Callers pass a record's kind and id ("client 12"), never names or answers,
 * so the log can be kept longer than the health data it is about.
 */
@Service
public class AuditLog {

    private final AuditEntryRecords entries;
    private final Clock clock;

    AuditLog(AuditEntryRecords entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Joins the caller's transaction, so an action and its audit line are saved together or not at all. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subject) {
        entries.save(new AuditEntry(clock.instant(), actor, action, subject));
    }
}
