package id.humasdesk.store;

import id.humasdesk.logic.connect.ServerCheck;
import id.humasdesk.model.UserFacingException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The wizard's <i>Test connection</i>: signs in to an office database server and reads what it
 * holds, changing nothing. Empty (and this user may create tables there), already set up for an
 * office, or one of the failures a user can act on: unreachable, wrong password, no such
 * database, no permission, another application's tables, a schema newer than this app.
 */
public final class ServerProbe {
    private ServerProbe() {
    }

    public static ServerCheck check(DatabaseTarget target) {
        Properties props = new Properties();
        props.setProperty("user", target.user());
        props.setProperty("password", target.password());
        if (target.dialect() == DatabaseTarget.Dialect.POSTGRESQL) {
            props.setProperty("connectTimeout", "5");
            props.setProperty("loginTimeout", "10");
            props.setProperty("socketTimeout", "30");
            props.setProperty("ApplicationName", "HumasDesk (test connection)");
        }
        try (Connection c = DriverManager.getConnection(HostLink.route(target).url(), props)) {
            List<String> tables = tables(c);
            if (!tables.contains("flyway_schema_history")) {
                if (!tables.isEmpty()) {
                    throw new UserFacingException("error.connection.foreignTables", target.databaseName(),
                            target.serverName(), String.join(", ", tables.subList(0, Math.min(3, tables.size()))));
                }
                if (!mayCreateTables(c, target)) {
                    throw new UserFacingException("error.connection.cannotCreate", target.user(), target.databaseName());
                }
                return ServerCheck.empty();
            }
            try {
                refuseNewerSchema(target);
                if (!tables.contains("office")) {
                    return ServerCheck.empty();
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT name, code FROM office WHERE id = 1");
                        ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? ServerCheck.office(rs.getString(1), rs.getString(2)) : ServerCheck.empty();
                }
            } catch (SQLException | RuntimeException e) {
                SQLException sql = StoreErrors.findSql(e);
                if (sql != null && "42501".equals(sql.getSQLState())) {
                    // The tables are there but this role may not read them (its grants are missing).
                    throw new UserFacingException(e, "error.connection.noAccess", target.user(), target.databaseName());
                }
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw StoreErrors.translate(e, target);
        }
    }

    /** The tables of the current schema, in lower case. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** PostgreSQL 15 no longer lets every role create tables in {@code public}: ask before Flyway tries. */
    private static boolean mayCreateTables(Connection c, DatabaseTarget target) throws SQLException {
        if (target.dialect() != DatabaseTarget.Dialect.POSTGRESQL) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT has_schema_privilege(current_schema(), 'CREATE')");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void refuseNewerSchema(DatabaseTarget target) {
        Flyway flyway = Flyway.configure()
                .dataSource(HostLink.route(target).url(), target.user(), target.password())
                .locations("classpath:id/humasdesk/db/migration", target.dialect().vendorLocation())
                .outOfOrder(true)
                .load();
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(i -> i.getState() == MigrationState.FUTURE_SUCCESS).toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new UserFacingException("error.store.newerVersion", future[future.length - 1].getVersion());
        }
    }
}
