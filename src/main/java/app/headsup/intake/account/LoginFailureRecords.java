package app.headsup.intake.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRecords extends JpaRepository<LoginFailure, Long> {

    long countByUserKeyAndFailedAtAfter(String userKey, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.userKey = ?1 or f.failedAt < ?2")
    void deleteByUserKeyOrOlderThan(String userKey, Instant before);
}
