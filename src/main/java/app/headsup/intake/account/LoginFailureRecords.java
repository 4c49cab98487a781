package app.headsup.intake.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRecords extends JpaRepository<LoginFailure, Long> {

    long countByUserKeyAndFailedAtAfter(String userKey, Instant since);

    long countByAddressKeyAndFailedAtAfter(String addressKey, Instant since);

    Optional<LoginFailure> findFirstByUserKeyOrderByFailedAtDesc(String userKey);

    Optional<LoginFailure> findFirstByAddressKeyOrderByFailedAtDesc(String addressKey);

    @Modifying
    @Query("delete from LoginFailure f where f.userKey = ?1")
    void deleteByUserKey(String userKey);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < ?1")
    int deleteOlderThan(Instant before);
}
