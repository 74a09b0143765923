package id.humasdesk.support;

import id.humasdesk.store.DataDirectory;
import id.humasdesk.store.DatabaseTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The store engines a test class runs on. H2 always. PostgreSQL when the system property
 * {@code humasdesk.test.pg.url} (or the environment variable {@code HUMASDESK_TEST_PG_URL}) names a
 * server's maintenance database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}, with
 * {@code humasdesk.test.pg.user} / {@code .password} (or {@code HUMASDESK_TEST_PG_USER} /
 * {@code _PASSWORD}) for a role that may create databases. Without one, the PostgreSQL run of each
 * class is reported as skipped, with the reason.
 *
 * <p>On PostgreSQL every data directory used by a test class gets its own new database, created on
 * first use and dropped when the class is done, so tests stay as independent as with H2 files.
 */
public final class StoreBackends implements ClassTemplateInvocationContextProvider,
        BeforeClassTemplateInvocationCallback, AfterClassTemplateInvocationCallback {
    /** The engine the current test class runs on; tests run one class at a time (one fork, no parallel). */
    private static volatile Backend current = Backend.H2;

    private static volatile boolean toldSkipped;

    public enum Backend { H2, POSTGRESQL }

    private static final Map<Path, DatabaseTarget> SERVER_DATABASES = new LinkedHashMap<>();
    private static final Map<Path, DatabaseTarget> SHARED = new LinkedHashMap<>();

    /** The engine of the running test class (H2 outside {@link EveryStore} classes). */
    public static Backend current() {
        return current;
    }

    /** The database for a data directory on the engine under test: its H2 file, or a fresh PG database. */
    public static synchronized DatabaseTarget target(Path dataDir) {
        DatabaseTarget shared = SHARED.get(dataDir.toAbsolutePath().normalize());
        if (shared != null) {
            return shared;
        }
        if (current == Backend.H2) {
            return DatabaseTarget.embedded(new DataDirectory(dataDir));
        }
        return SERVER_DATABASES.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> createDatabase());
    }

    /**
     * Makes {@code otherPc} (a second data directory: another PC of the office) use the database of
     * {@code firstPc}. On H2 that is the first directory's file, opened by the same JVM through
     * independent connections; on PostgreSQL the same server database.
     */
    public static synchronized DatabaseTarget share(Path otherPc, Path firstPc) {
        DatabaseTarget t = target(firstPc);
        SHARED.put(otherPc.toAbsolutePath().normalize(), t);
        return t;
    }

    /** Makes a data directory use the given database (for example the same server through a proxy). */
    public static synchronized void use(Path dataDir, DatabaseTarget target) {
        SHARED.put(dataDir.toAbsolutePath().normalize(), target);
    }

    /** A plain JDBC connection to the database of a data directory, for tests that tamper with rows. */
    public static Connection connect(Path dataDir) throws SQLException {
        DatabaseTarget t = target(dataDir);
        return DriverManager.getConnection(t.url(), t.user(), t.password());
    }

    /** Another connection's view of a server: the same database under the same settings. */
    public static Optional<Server> server() {
        String url = setting("humasdesk.test.pg.url", "HUMASDESK_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String user = setting("humasdesk.test.pg.user", "HUMASDESK_TEST_PG_USER");
        String password = setting("humasdesk.test.pg.password", "HUMASDESK_TEST_PG_PASSWORD");
        return Optional.of(new Server(url, user == null ? "postgres" : user, password == null ? "" : password));
    }

    /** A PostgreSQL server for tests: the URL of its maintenance database and an admin role. */
    public record Server(String url, String user, String password) {
        /** The URL of another database on the same server. */
        public String urlOf(String database) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int query = url.indexOf('?', slash);
            return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        }

        public Connection admin() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        return v != null && !v.isBlank() ? v : System.getenv(env);
    }

    private static DatabaseTarget createDatabase() {
        Server s = server().orElseThrow();
        String name = "hd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = s.admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + s.url(), e);
        }
        return DatabaseTarget.server(s.urlOf(name), s.user(), s.password());
    }

    private static synchronized void dropDatabases() {
        Optional<Server> s = server();
        if (s.isEmpty()) {
            SERVER_DATABASES.clear();
            return;
        }
        try (Connection c = s.get().admin(); Statement st = c.createStatement()) {
            for (DatabaseTarget t : SERVER_DATABASES.values()) {
                String name = t.url().substring(t.url().lastIndexOf('/') + 1).split("\\?")[0];
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases: " + e.getMessage());
        }
        SERVER_DATABASES.clear();
    }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Backend.values()).map(StoreBackends::invocation);
    }

    private static ClassTemplateInvocationContext invocation(Backend backend) {
        return new ClassTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + backend.name().toLowerCase(Locale.ROOT) + "]";
            }

            @Override
            public void prepareInvocation(ExtensionContext context) {
                current = backend;
            }
        };
    }

    @Override
    public void beforeClassTemplateInvocation(ExtensionContext context) {
        if (current == Backend.POSTGRESQL) {
            if (server().isEmpty() && !toldSkipped) {
                toldSkipped = true;
                System.out.println("[StoreBackends] No PostgreSQL server given: store tests run on H2 only. "
                        + "Set -Dhumasdesk.test.pg.url=jdbc:postgresql://HOST:PORT/postgres (see README).");
            }
            Assumptions.assumeTrue(server().isPresent(), "PostgreSQL run skipped: no server given "
                    + "(-Dhumasdesk.test.pg.url=jdbc:postgresql://HOST:PORT/postgres, see README)");
        }
    }

    @Override
    public void afterClassTemplateInvocation(ExtensionContext context) {
        synchronized (StoreBackends.class) {
            SHARED.clear();
        }
        if (current == Backend.POSTGRESQL) {
            dropDatabases();
        }
        current = Backend.H2;
    }
}
