package id.humasdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Refuses every update and delete on the table it is attached to (the audit log). */
public final class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit log is append-only: rows cannot be changed or deleted", "42501");
    }
}
