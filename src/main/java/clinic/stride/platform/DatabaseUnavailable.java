package clinic.stride.platform;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * PostgreSQL down or restarting: the caller gets 503 with Retry-After and may retry with the same
 * Idempotency-Key, instead of a 500 or a hang.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                    || t instanceof jakarta.transaction.SystemException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
                        || sql.getSQLState().equals("57P03"))) {
                return true; // connection exception class, admin shutdown, cannot connect now
            }
            String name = t.getClass().getName();
            if (name.endsWith("PoolingException") || name.endsWith("ResourceException")
                    || name.endsWith("JDBCConnectionException") || name.endsWith("ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    static Response response() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The database is not reachable right now; nothing was saved. Retry with the same Idempotency-Key."))
                .build();
    }
}
