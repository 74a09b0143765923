package id.humasdesk.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps the connection pool so that every connection goes back with no transaction open: a
 * connection closed with auto-commit off is rolled back and reset, and the path that did it is
 * logged as a WARNING with its stack. An open transaction that has written can hold back what the
 * store persists for everyone, so this must never happen silently. Library code (Flyway) gets the
 * same wrapper.
 */
final class CleanConnections implements DataSource {
    private static final Logger LOG = Logger.getLogger(CleanConnections.class.getName());
    /** Leftover transactions found in this JVM, for tests that assert none. */
    private static final AtomicLong LEFTOVERS = new AtomicLong();
    private final DataSource pool;

    CleanConnections(DataSource pool) {
        this.pool = pool;
    }

    /** How many connections came back with a transaction open since the JVM started. */
    static long leftovers() {
        return LEFTOVERS.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(pool.getConnection(username, password));
    }

    private static Connection wrap(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            // The pool handed out a connection in a transaction: end it before anyone uses it.
            leftover(c, new IllegalStateException("Connection taken from the pool with a transaction open"));
        }
        InvocationHandler h = new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args) throws Throwable {
                if (m.getName().equals("close") && m.getParameterCount() == 0) {
                    if (!closed) {
                        closed = true;
                        try {
                            if (!c.isClosed() && !c.getAutoCommit()) {
                                leftover(c, new IllegalStateException("Connection returned with a transaction open"));
                            }
                        } finally {
                            c.close();
                        }
                    }
                    return null;
                }
                if (m.getName().equals("isClosed") && m.getParameterCount() == 0 && closed) {
                    return true;
                }
                if (m.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> k && k.isInstance(c)) {
                    return c;
                }
                try {
                    return m.invoke(c, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(CleanConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, h);
    }

    private static void leftover(Connection c, Exception where) throws SQLException {
        LEFTOVERS.incrementAndGet();
        LOG.log(Level.WARNING, "A transaction was left open on a pooled connection; rolling it back. "
                + "Every path must commit or roll back before closing its connection.", where);
        try {
            c.rollback();
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(pool) ? iface.cast(pool) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(pool) || pool.isWrapperFor(iface);
    }
}
