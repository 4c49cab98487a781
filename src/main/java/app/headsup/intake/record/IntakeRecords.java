package app.headsup.intake.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeRecords extends JpaRepository<Intake, Long> {

    Optional<Intake> findBySubmissionKey(String submissionKey);

    Optional<Intake> findByIdAndTherapistId(long id, long therapistId);

    Page<Intake> findByClientIdAndTherapistIdOrderByConfirmedAtDesc(long clientId, long therapistId, Pageable page);

    /** The intake signed just before a given moment, for "what changed since last time". */
    Optional<Intake> findFirstByClientIdAndConfirmedAtLessThanOrderByConfirmedAtDesc(long clientId, Instant before);

    List<Intake> findByClientIdOrderByConfirmedAtAsc(long clientId);

    Optional<Intake> findFirstByCorrectsIdAndTherapistIdOrderByConfirmedAtDesc(long correctsId, long therapistId);
}
