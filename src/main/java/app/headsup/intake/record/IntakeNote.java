package app.headsup.intake.record;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A note added to a signed intake: the therapist's session note, or a doctor's clearance as it arrived. */
@Entity
@Immutable
public class IntakeNote {

    /** What the note records. */
    public enum Kind {
        SESSION_NOTE,
        CLEARANCE
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
    private @Nullable LocalDate clearedOn;

    protected IntakeNote() {}

    IntakeNote(long intakeId, Kind kind, String author, Instant writtenAt, String text, @Nullable LocalDate clearedOn) {
        this.intakeId = intakeId;
        this.kind = kind;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
        this.clearedOn = clearedOn;
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

    /** The day the doctor cleared the massage; only for a clearance. */
    public @Nullable LocalDate clearedOn() {
        return clearedOn;
    }

    /** How the note reads in the record and the PDF: what it is, when and by whom, then the text. */
    public String heading(DateTimeFormatter when) {
        return (kind == Kind.CLEARANCE
                        ? "Clearance" + (clearedOn == null ? "" : " given on " + clearedOn)
                        : "Session note")
                + ", written " + when.format(writtenAt) + " by " + author;
    }
}
