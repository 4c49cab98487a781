package app.headsup.intake.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRecords extends JpaRepository<Client, Long> {

    List<Client> findByTherapistIdOrderByFullNameAsc(long therapistId);

    Optional<Client> findByIdAndTherapistId(long id, long therapistId);

    /** Clients whose last visit (or, never seen, whose record) is older than the given time. */
    @Query("select c from Client c where coalesce(c.lastVisitAt, c.createdAt) < ?1")
    List<Client> findNotSeenSince(Instant since);
}
