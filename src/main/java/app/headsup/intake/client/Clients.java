package app.headsup.intake.client;

import app.headsup.intake.account.Therapist;
import app.headsup.intake.audit.AuditLog;
import app.headsup.intake.storage.DataErased;
import app.headsup.screening.ReceiverAnswers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's client list. Every method takes the therapist asking, and another therapist's client
 * is simply not found: the same answer as a client that does not exist, so nothing leaks.
 */
@Service
public class Clients {

    private final ClientRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Clients(ClientRecords records, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Client> of(Therapist therapist) {
        return records.findByTherapistIdOrderByFullNameAsc(therapist.id());
    }

    @Transactional(readOnly = true)
    public Optional<Client> find(Therapist therapist, long id) {
        return records.findByIdAndTherapistId(id, therapist.id());
    }

    @Transactional
    public Client add(Therapist therapist, String fullName, @Nullable String contact, @Nullable LocalDate dateOfBirth) {
        String name = fullName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new ClientException("Please give the client's full name (up to 200 characters).");
        }
        if (contact != null && contact.length() > 200) {
            throw new ClientException("Contact details fit in 200 characters.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (dateOfBirth == null
                || dateOfBirth.isAfter(today)
                || dateOfBirth.isBefore(today.minusYears(ReceiverAnswers.MAX_AGE))) {
            throw new ClientException("Please give a date of birth in the last " + ReceiverAnswers.MAX_AGE + " years.");
        }
        var client = records.save(new Client(
                therapist.id(),
                name,
                contact == null || contact.isBlank() ? null : contact.strip(),
                dateOfBirth,
                clock.instant()));
        audit.record(therapist.username(), "CLIENT_ADDED", "client " + client.id());
        return client;
    }

    /** Called inside the transaction that signs an intake: the retention period counts from here. */
    @Transactional
    public void visited(Client client, Instant at) {
        records.findById(client.id()).ifPresent(c -> c.visited(at));
    }

    /**
     * Erases a client with every intake, note and clearance (the database cascades the delete).
     * The audit log keeps only that "client N" was erased, by whom and when; the H2 file is compacted after.
     */
    @Transactional
    public boolean erase(Therapist therapist, long id) {
        var client = records.findByIdAndTherapistId(id, therapist.id());
        client.ifPresent(c -> {
            records.delete(c);
            audit.record(therapist.username(), "CLIENT_ERASED", "client " + id);
            events.publishEvent(new DataErased());
        });
        return client.isPresent();
    }

    /** The retention job: erases every client not seen since the given time. */
    @Transactional
    public int purgeNotSeenSince(Instant since) {
        var expired = records.findNotSeenSince(since);
        for (Client client : expired) {
            records.delete(client);
            audit.record("retention", "CLIENT_PURGED", "client " + client.id());
        }
        if (!expired.isEmpty()) {
            events.publishEvent(new DataErased());
        }
        return expired.size();
    }
}
