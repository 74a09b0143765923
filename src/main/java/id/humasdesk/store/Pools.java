package id.humasdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connection pool of each engine (decision 0600): H2's own small pool for H2, HikariCP for a
 * PostgreSQL server. Both hand out connections in auto-commit mode; {@link Database} turns it off
 * for a transaction and the pool gets the connection back committed or rolled back.
 */
final class Pools {
    /** H2 connections are cheap and local; a server is shared by every PC of the office. */
    static final int H2_MAX_CONNECTIONS = 16;
    static final int SERVER_MAX_CONNECTIONS = 8;

    private Pools() {
    }

    /** A pool and how to close it. */
    interface Pool extends AutoCloseable {
        DataSource dataSource();

        default Connection getConnection() throws SQLException {
            return dataSource().getConnection();
        }

        @Override
        void close();
    }

    static Pool open(DatabaseTarget target) {
        // An H2 TCP server is shared like PostgreSQL: its clients need validation after a restart too.
        return target.isEmbedded() ? h2(target) : server(target);
    }

    private static Pool h2(DatabaseTarget target) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(target.url(), target.user(), target.password());
        pool.setMaxConnections(H2_MAX_CONNECTIONS);
        return new Pool() {
            @Override
            public DataSource dataSource() {
                return pool;
            }

            @Override
            public void close() {
                pool.dispose();
            }
        };
    }

    private static Pool server(DatabaseTarget target) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("humasdesk");
        // A hosted office: through this PC's end of the TLS tunnel (decision 0620).
        config.setJdbcUrl(HostLink.route(target).url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(SERVER_MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        // Fail at open with the driver's own error (unreachable, bad password) instead of later.
        config.setInitializationFailTimeout(1);
        if (target.dialect() == DatabaseTarget.Dialect.POSTGRESQL) {
            config.addDataSourceProperty("connectTimeout", "10");
            config.addDataSourceProperty("ApplicationName", "HumasDesk");
            // One multi-row INSERT per batch instead of one round trip per row (bulk import, generate).
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource ds = new HikariDataSource(config);
        return new Pool() {
            @Override
            public DataSource dataSource() {
                return ds;
            }

            @Override
            public void close() {
                ds.close();
            }
        };
    }
}
