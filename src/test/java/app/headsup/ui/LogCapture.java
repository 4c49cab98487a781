package app.headsup.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every line the app logs while a test class runs, to check what the log says and what it must never
 * say. Logback is set up afresh by the first Spring context of a JVM, which drops appenders, so
 * {@link #attach()} again before each test.
 */
public final class LogCapture {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final String name;

    public LogCapture(String name) {
        this.name = name;
    }

    public void attach() {
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(name) == null) {
            lines.setName(name);
            lines.setContext(root.getLoggerContext());
            lines.start();
            root.addAppender(lines);
        }
    }

    /** The whole log so far, each line with its exception's message, as a reader of the log file sees it. */
    public String text() {
        return lines.list.stream()
                .map(event -> event.getFormattedMessage()
                        + (event.getThrowableProxy() == null
                                ? ""
                                : " " + event.getThrowableProxy().getMessage()))
                .collect(Collectors.joining("\n"));
    }

    /** Every event so far, for a test that counts lines or looks at their exceptions. */
    public List<ILoggingEvent> events() {
        return List.copyOf(lines.list);
    }

    public List<String> errors() {
        return lines.list.stream()
                .filter(event -> event.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
