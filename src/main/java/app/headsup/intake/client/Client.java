package app.headsup.intake.client;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/** A therapist's client. Only the therapist who keeps the client ever sees them. */
@Entity
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long therapistId;
    private String fullName;
    private @Nullable String contact;
    private LocalDate dateOfBirth;
    private Instant createdAt;
    private @Nullable Instant lastVisitAt;

    @Version
    private long version;

    protected Client() {}

    Client(long therapistId, String fullName, @Nullable String contact, LocalDate dateOfBirth, Instant createdAt) {
        this.therapistId = therapistId;
        this.fullName = fullName;
        this.contact = contact;
        this.dateOfBirth = dateOfBirth;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long therapistId() {
        return therapistId;
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable String contact() {
        return contact;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastVisitAt() {
        return lastVisitAt;
    }

    /** The client's age in whole years on a given day, e.g. the day of an intake. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    void visited(Instant at) {
        this.lastVisitAt = at;
    }
}
