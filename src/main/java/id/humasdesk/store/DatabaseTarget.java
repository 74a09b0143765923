package id.humasdesk.store;

import id.humasdesk.model.UserFacingException;
import java.util.Locale;

/**
 * Which database the store opens, decided from the connection settings alone: the embedded H2 file
 * of a data directory (one PC), or an office database server given by its JDBC URL, user and
 * password (PostgreSQL, or H2's own TCP server). The password is never part of {@link #toString()}.
 *
 * <p>{@code hostPin} (hex, or null) is set only for an office another PC hosts: the pin of the
 * host's TLS certificate from the join code; the connection then goes through {@link HostLink}'s
 * TLS tunnel while {@code url} keeps naming the host itself (decision note 0620).
 */
public record DatabaseTarget(String url, String user, String password, String hostPin) {
    /** The SQL engine behind a target: decides the pool, the vendor migrations and the shutdown. */
    public enum Dialect {
        H2("h2"), POSTGRESQL("postgresql");

        private final String folder;

        Dialect(String folder) {
            this.folder = folder;
        }

        /** The Flyway location of this engine's vendor-only migrations. */
        String vendorLocation() {
            return "classpath:id/humasdesk/db/vendor/" + folder;
        }
    }

    public DatabaseTarget {
        if (url == null || url.isBlank()) {
            throw new UserFacingException("error.store.badUrl", String.valueOf(url));
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        dialectOf(url);
    }

    /** A target without a certificate pin (every target but a hosted office joined with a code). */
    public DatabaseTarget(String url, String user, String password) {
        this(url, user, password, null);
    }

    /**
     * The embedded database of one data directory (the default: this PC only). Once the PC has
     * hosted the office, its own database user has the owner password kept beside the file
     * ({@link OfficeHost#ownerPassword}), so that no PC on the network can sign in as it.
     */
    public static DatabaseTarget embedded(DataDirectory dir) {
        return new DatabaseTarget(H2Store.url(dir.database()), OWNER_USER, OfficeHost.ownerPassword(dir).orElse(""));
    }

    /** The H2 user that owns an embedded database (creates its tables); never given to other PCs. */
    static final String OWNER_USER = "humasdesk";

    /** The H2 user the other PCs of a hosted office sign in as (no admin rights, decision note 0620). */
    public static final String HOSTED_USER = "humas_pc";

    /**
     * The office database another PC of the office hosts (H2's TCP server), as a join code names
     * it. A shared store like PostgreSQL: several PCs, no shutdown on close. A dead host is noticed
     * after at most 30 s of silence instead of never. Connections go through a TLS tunnel to the
     * certificate the code pins ({@link HostLink}).
     */
    public static DatabaseTarget hosted(id.humasdesk.logic.hosting.JoinCode code) {
        String host = code.hostAddress().contains(":") ? "[" + code.hostAddress() + "]" : code.hostAddress();
        return new DatabaseTarget("jdbc:h2:tcp://" + host + ":" + code.port() + "/" + OfficeHost.DATABASE_NAME
                + ";NETWORK_TIMEOUT=30000", HOSTED_USER, code.secret(), java.util.HexFormat.of().formatHex(code.hostPin()));
    }

    /** True for an office database hosted by another PC through H2's TCP server. */
    public boolean isHosted() {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:tcp:") || u.startsWith("jdbc:h2:ssl:");
    }

    /** An office database server; refuses URLs of engines the store does not speak. */
    public static DatabaseTarget server(String url, String user, String password) {
        return new DatabaseTarget(url.trim(), user, password);
    }

    public Dialect dialect() {
        return dialectOf(url);
    }

    /** True for a database file inside the data directory that this process alone opens. */
    public boolean isEmbedded() {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:file:") || u.startsWith("jdbc:h2:mem:")
                || u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:");
    }

    /** Host and port of a server URL ("db.kantor.lan:5432"), or the URL itself when it has none. */
    public String serverName() {
        int start = url.indexOf("//");
        if (start < 0) {
            return url;
        }
        int end = url.indexOf('/', start + 2);
        return url.substring(start + 2, end < 0 ? url.length() : end);
    }

    /** The database name of a server URL ("humasdesk"), or the whole URL when it has none. */
    public String databaseName() {
        int start = url.indexOf("//");
        int slash = start < 0 ? -1 : url.indexOf('/', start + 2);
        if (slash < 0) {
            return url;
        }
        String rest = url.substring(slash + 1);
        int cut = rest.indexOf('?');
        return cut < 0 ? rest : rest.substring(0, cut);
    }

    private static Dialect dialectOf(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:postgresql:")) {
            return Dialect.POSTGRESQL;
        }
        if (u.startsWith("jdbc:h2:")) {
            return Dialect.H2;
        }
        throw new UserFacingException("error.store.badUrl", url);
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + url + ", user=" + user + "]";
    }
}
