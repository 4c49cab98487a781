package app.headsup.ui;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exception described for the log without its messages: a database's message can quote the row it
 * refused (a client's name, an answer), so only the kinds of exception, SQL states and error codes,
 * and where in HeadsUp's own code it happened are kept.
 */
public final class RedactedFailure {

    private RedactedFailure() {}

    /** For example {@code DataIntegrityViolationException ← JdbcSQLIntegrityConstraintViolationException
     * (SQL state 23514, code 23514) at Accounts.create(Accounts.java:52)}. */
    public static String describe(Throwable failure) {
        var kinds = new ArrayList<String>();
        Throwable ownCode = null;
        for (Throwable t = failure; t != null && kinds.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            String kind = t.getClass().getSimpleName();
            if (t instanceof SQLException sql) {
                kind += " (SQL state " + sql.getSQLState() + ", code " + sql.getErrorCode() + ")";
            }
            kinds.add(kind);
            if (ownCode == null && firstOwnFrame(t) != null) {
                ownCode = t;
            }
        }
        var where = ownCode == null ? null : firstOwnFrame(ownCode);
        return String.join(" ← ", kinds)
                + (where == null
                        ? ""
                        : " at "
                                + where.getClassName()
                                        .substring(where.getClassName().lastIndexOf('.') + 1) + "."
                                + where.getMethodName() + "("
                                + where.getFileName() + ":" + where.getLineNumber() + ")");
    }

    private static StackTraceElement firstOwnFrame(Throwable t) {
        List<StackTraceElement> frames = Arrays.asList(t.getStackTrace());
        return frames.stream()
                .filter(frame -> frame.getClassName().startsWith("app.headsup."))
                .findFirst()
                .orElse(null);
    }
}
