package app.headsup.intake.record;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeNoteRecords extends JpaRepository<IntakeNote, Long> {

    List<IntakeNote> findByIntakeIdOrderByWrittenAtAsc(long intakeId);
}
