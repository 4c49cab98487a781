package app.headsup.intake.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One line of the audit log: who, when, what, and which record (by kind and id only). */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String actor;
    private String action;
    private String subject;

    protected AuditEntry() {}

    AuditEntry(Instant at, String actor, String action, String subject) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }
}
