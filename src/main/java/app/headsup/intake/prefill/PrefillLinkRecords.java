package app.headsup.intake.prefill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrefillLinkRecords extends JpaRepository<PrefillLink, Long> {

    Optional<PrefillLink> findByTokenHash(String tokenHash);

    Optional<PrefillLink> findByIdAndTherapistId(long id, long therapistId);

    List<PrefillLink> findByClientIdAndTherapistIdOrderByCreatedAtDesc(long clientId, long therapistId);

    List<PrefillLink> findByCompletedAtIsNullAndExpiresAtBeforeAndDraftJsonIsNotNull(Instant now);
}
