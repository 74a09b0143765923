package id.humasdesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection that may throw SQL errors. */
@FunctionalInterface
interface SqlFunction<T> {
    T apply(Connection c) throws SQLException;
}
