package app.headsup.ui.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchTestReminderTest {

    @Test
    void oneEventFortyEightHoursLaterWithCrlfAndEscapedText() {
        String ics =
                PatchTestReminder.ics(List.of("Lavender", "Sweet almond"), Instant.parse("2026-11-22T21:30:00Z"), 48);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("\r\nDTSTART:20261124T213000Z\r\n").contains("\r\nDTEND:20261124T214500Z\r\n");
        assertThat(ics).contains("SUMMARY:Look at the patch test: Lavender\\, Sweet almond\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
    }

    @Test
    void textIsEscaped() {
        assertThat(PatchTestReminder.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }
}
