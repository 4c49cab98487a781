package app.headsup.intake.record;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A note added to a signed intake: the therapist's session note, or a doctor's clearance as it arrived. */
@Entity
@Immutable
public class IntakeNote {

    /** What the note records. */
    public enum Kind {
        SESSION_NOTE, CLEARANCE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long intakeId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String author;
    private Instant writtenAt;
    private String text;

    protected IntakeNote() {
    }

    IntakeNote(long intakeId, Kind kind, String author, Instant writtenAt, String text) {
        this.intakeId = intakeId;
        this.kind = kind;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
