package app.headsup.intake.account;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import app.headsup.intake.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Two hundred refused sign-ins from one address in one window are two lines of the audit log, not 200. */
class RefusedSignInsTest {

    @Test
    void theFirstRefusalIsWrittenAndTheRestCountedWhenTheWindowIsOver() {
        var audit = mock(AuditLog.class);
        var clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        var refused = new RefusedSignIns(
                audit,
                clock,
                new SignInSettings(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(15), Duration.ofMinutes(5)));
        for (int i = 0; i < 200; i++) {
            refused.refused("anonymous from 192.0.2.7", "sign-in name " + i);
        }
        refused.refused("anonymous from 192.0.2.8", "sign-in name x");
        verify(audit).record(anyString(), eq(RefusedSignIns.FIRST), startsWith("sign-in name 0;"));
        verify(audit).record(anyString(), eq(RefusedSignIns.FIRST), startsWith("sign-in name x;"));
        refused.writeFinishedWindows(); // the window is not over yet: nothing more
        verifyNoMoreInteractions(audit);

        refused.writeWindowsBefore(Long.MAX_VALUE);
        verify(audit, times(1))
                .record(
                        "anonymous from 192.0.2.7",
                        RefusedSignIns.MORE,
                        "199 more refused sign-in(s) in the same window");
        verifyNoMoreInteractions(audit);
    }
}
