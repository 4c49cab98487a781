package app.headsup.ui.result;

import app.headsup.words.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A calendar reminder (RFC 5545, one event) to look at a patch test 48 hours after it was put on.
 * Small enough to write directly: CRLF line endings and escaped text are all it needs.
 */
public final class PatchTestReminder {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private PatchTestReminder() {}

    public static String ics(List<String> oilNames, Instant testedAt, int waitHours) {
        Instant due = testedAt.plus(Duration.ofHours(waitHours));
        String oils = String.join(", ", oilNames);
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//HeadsUp//Patch test reminder//EN",
                "BEGIN:VEVENT",
                "UID:" + UUID.randomUUID() + "@headsup",
                "DTSTAMP:" + UTC.format(testedAt),
                "DTSTART:" + UTC.format(due),
                "DTEND:" + UTC.format(due.plus(Duration.ofMinutes(15))),
                "SUMMARY:" + escape(Texts.english().get("reminder.summary", oils)),
                "DESCRIPTION:" + escape(Texts.english().get("reminder.description")),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    /** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }
}
