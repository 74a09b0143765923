package id.humasdesk.store;

import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.hosting.HostingPlan;
import id.humasdesk.logic.hosting.JoinCode;
import id.humasdesk.logic.hosting.OfficeHosting;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * This PC hosts the office database for the other PCs of the office (decision note 0620): H2's own
 * TCP server over the data directory's embedded file, which stays open in this process, reached
 * by the other PCs only through a TLS 1.3 tunnel ({@link TlsTunnel.Host}).
 *
 * <ul>
 * <li>The tunnel listens only on the address the admin picked; every interface only when asked.
 * It presents this PC's own certificate ({@link HostCertificate}, made at the first start), whose
 * pin the join code carries.</li>
 * <li>H2's TCP server listens on loopback only ({@code h2.bindAddress}, a port the system picks)
 * and takes no connection from another computer (no {@code -tcpAllowOthers}): every PC's
 * connection arrives through the tunnel.</li>
 * <li>Only the existing office database can be opened ({@code -ifExists}, {@code -baseDir} = the
 * {@code db} folder); the server's shutdown password is random and never shown.</li>
 * <li>Other PCs sign in as {@value DatabaseTarget#HOSTED_USER}, a user without admin rights: it may
 * read and write the office's tables (only read and add audit rows) but cannot run Java, read or
 * write files, back up, script, or link other databases, which in H2 are admin-only. Its password
 * is the join code's 160-bit secret; H2 keeps only a salted hash of it.</li>
 * <li>This PC's own owner user gets a random password kept beside the database
 * ({@code db/owner.secret}), so no PC on the network can sign in as the owner.</li>
 * </ul>
 */
public final class OfficeHost implements OfficeHosting.Hosted {
    private static final Logger LOG = Logger.getLogger(OfficeHost.class.getName());
    /** The database name clients ask for: the file {@code db/humasdesk.mv.db} under the base directory. */
    static final String DATABASE_NAME = "humasdesk";
    public static final int DEFAULT_PORT = 9092;
    private static final String OWNER_SECRET = "owner.secret";
    private static final String HOSTING = "hosting.properties";
    static final String LOOPBACK = "127.0.0.1";
    private final DataDirectory dir;
    private final Database db;
    private final HostListeners listeners;
    private final JoinCode newCode;

    /** Runs the daily backup while hosting: the host keeps the only copy of the office. */
    private final java.util.concurrent.ScheduledExecutorService backups;

    private OfficeHost(DataDirectory dir, Database db, HostListeners listeners, JoinCode newCode, java.time.Clock clock) {
        this.dir = dir;
        this.db = db;
        this.listeners = listeners;
        this.newCode = newCode;
        this.backups = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "host-daily-backup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        if (Boolean.parseBoolean(System.getProperty("humasdesk.backup.daily", "true"))) {
            FileStoreCare care = new FileStoreCare(dir, db);
            JdbcOfficeRepository offices = new JdbcOfficeRepository(db);
            backups.scheduleWithFixedDelay(() -> {
                try {
                    java.time.ZoneId zone = offices.find().map(o -> o.zone()).orElse(clock.getZone());
                    care.backupIfDue(clock.instant(), zone);
                } catch (RuntimeException e) {
                    LOG.log(java.util.logging.Level.WARNING, "Daily backup while hosting failed", e);
                }
            }, 1, 60, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    /** The owner password of a data directory that has hosted its office, if any. */
    static Optional<String> ownerPassword(DataDirectory dir) {
        Path f = dir.database().resolveSibling(OWNER_SECRET);
        try {
            return Files.exists(f) ? Optional.of(Files.readString(f, StandardCharsets.US_ASCII).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
        }
    }

    /**
     * Starts hosting as {@code plan} says; see {@link OfficeHosting#start}. Must run before anything
     * else in this process opened a database, because H2 reads the address to listen on once.
     */
    public static OfficeHost start(DataDirectory dir, HostingPlan plan, SecureRandom random, java.time.Clock clock) {
        String bindAddress = plan.address();
        int port = plan.port();
        InetAddress bind = parseAddress(bindAddress);
        if (bind.isAnyLocalAddress() && !plan.allInterfaces()) {
            throw new UserFacingException("error.host.allInterfaces", String.join(", ", lanAddresses()));
        }
        if (!bind.isAnyLocalAddress() && !bind.isLoopbackAddress() && !isThisPc(bind)) {
            throw new UserFacingException("error.host.notThisPc", bindAddress, String.join(", ", lanAddresses()));
        }
        keepH2OnLoopback();
        if (!Objects.equals(org.h2.engine.SysProperties.BIND_ADDRESS, LOOPBACK)) {
            // H2 read its settings before: it would listen on every interface. Refuse instead.
            throw new UserFacingException("error.host.bindTooLate");
        }
        if (!dir.hasDatabase()) {
            throw new UserFacingException("error.copy.noSource", dir.root().toString());
        }
        dir.lock();
        Database db = null;
        HostListeners listeners = null;
        try {
            db = Database.open(dir);
            if (ownerPassword(dir).isEmpty()) {
                db = protectOwner(dir, db, random);
            }
            String advertised = bind.isAnyLocalAddress() ? lanAddresses().stream().findFirst().orElse("127.0.0.1")
                    : bind.getHostAddress();
            HostCertificate identity = HostCertificate.loadOrCreate(dir, random, clock);
            JoinCode code = clientUser(dir, db, advertised, port, identity, plan.newCode(), random);
            listeners = HostListeners.start(dir, bind, port, identity, random);
            int h2Port = listeners.h2Port();
            LOG.info(() -> "Hosting the office database on " + bind.getHostAddress() + ":" + port
                    + " (TLS 1.3, certificate SHA-256 " + identity.fingerprint() + "); H2 listens on "
                    + LOOPBACK + ":" + h2Port + " (loopback only)" + (code != null ? "; made a new join code" : ""));
            return new OfficeHost(dir, db, listeners, code, clock);
        } catch (RuntimeException e) {
            if (listeners != null) {
                listeners.close();
            }
            if (db != null) {
                db.close();
            }
            dir.close();
            throw e;
        }
    }

    /**
     * H2 itself listens on loopback only; the other PCs come in through the TLS tunnel. H2 reads
     * this once, when it loads, so a process that hosts calls this before it opens any database.
     */
    public static void keepH2OnLoopback() {
        System.setProperty("h2.bindAddress", LOOPBACK);
    }

    private static InetAddress parseAddress(String text) {
        String t = text == null ? "" : text.strip();
        // Only IP literals: a name would be looked up, and could resolve to something else later.
        if (t.isEmpty() || !(t.matches("[0-9.]+") || t.contains(":"))) {
            throw new UserFacingException("error.host.badAddress", String.valueOf(text), String.join(", ", lanAddresses()));
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            throw new UserFacingException(e, "error.host.badAddress", t, String.join(", ", lanAddresses()));
        }
    }

    private static boolean isThisPc(InetAddress a) {
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** This PC's LAN addresses (IPv4 first), to offer when the admin picks one. */
    public static List<String> lanAddresses() {
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a.isLinkLocalAddress()) {
                        continue;
                    }
                    (a instanceof Inet4Address ? v4 : v6).add(a.getHostAddress());
                }
            }
        } catch (SocketException e) {
            LOG.fine("Cannot list network interfaces: " + e.getMessage());
        }
        v4.addAll(v6);
        return v4;
    }

    static String secret(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * Gives the owner user a random password, kept in {@code db/owner.secret} (written first, so a
     * kill in between is repaired at the next open, {@link Database#open(DataDirectory)}), and
     * reopens the database with it.
     */
    private static Database protectOwner(DataDirectory dir, Database db, SecureRandom random) {
        String password = secret(random, 32);
        writePrivate(dir.database().resolveSibling(OWNER_SECRET), password);
        db.with(c -> {
            setPassword(c, DatabaseTarget.OWNER_USER, password);
            return null;
        });
        db.close();
        return Database.open(dir);
    }

    static void setPassword(Connection c, String user, String password) throws SQLException {
        if (!password.matches("[0-9A-Za-z]+")) {
            throw new IllegalArgumentException("unexpected characters in a generated password");
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER USER " + user + " SET PASSWORD '" + password + "'");
        }
    }

    private static void writePrivate(Path f, String text) {
        try {
            AtomicFiles.replace(f, AtomicFiles.Access.OWNER_ONLY,
                    out -> out.write((text + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", f.getParent().toString());
        }
    }

    /**
     * Creates the other PCs' user (or gives it a new secret) and grants it the office's tables
     * afresh on every start, since a migration may have added tables. Returns the new code, or
     * null when the previous one stays valid.
     */
    private static JoinCode clientUser(DataDirectory dir, Database db, String advertised, int port,
            HostCertificate identity, boolean wantNew, SecureRandom random) {
        Path hosting = dir.database().resolveSibling(HOSTING);
        Properties last = new Properties();
        try {
            if (Files.exists(hosting)) {
                try (var in = Files.newBufferedReader(hosting, StandardCharsets.UTF_8)) {
                    last.load(in);
                }
            }
        } catch (IOException e) {
            LOG.warning("Cannot read " + hosting + ": " + e.getMessage());
        }
        String where = advertised + ":" + port;
        String pin = java.util.HexFormat.of().formatHex(identity.pin());
        return db.inTransaction(() -> db.with(c -> {
            boolean exists;
            try (Statement st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = '"
                            + DatabaseTarget.HOSTED_USER.toUpperCase(Locale.ROOT) + "'")) {
                rs.next();
                exists = rs.getInt(1) > 0;
            }
            JoinCode code = null;
            // A code without this certificate's pin (older hosting, or a new key) is of no use.
            if (!exists || wantNew || !where.equals(last.getProperty("address")) || !pin.equals(last.getProperty("tls.pin"))) {
                try {
                    code = JoinCode.create(InetAddress.getByName(advertised), port, identity.pin(), random);
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
                try (Statement st = c.createStatement()) {
                    if (!exists) {
                        st.execute("CREATE USER " + DatabaseTarget.HOSTED_USER + " PASSWORD '" + code.secret() + "'");
                    }
                }
                setPassword(c, DatabaseTarget.HOSTED_USER, code.secret());
            }
            try (Statement st = c.createStatement()) {
                for (String t : DatabaseCopy.tableNames(c)) {
                    if (t.equals("audit_event")) {
                        st.execute("REVOKE ALL ON audit_event FROM " + DatabaseTarget.HOSTED_USER);
                        st.execute("GRANT SELECT, INSERT ON audit_event TO " + DatabaseTarget.HOSTED_USER);
                    } else {
                        st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + t + " TO " + DatabaseTarget.HOSTED_USER);
                    }
                }
                st.execute("GRANT SELECT ON \"" + DatabaseCopy.HISTORY + "\" TO " + DatabaseTarget.HOSTED_USER);
            }
            if (code != null) {
                Properties now = new Properties();
                now.setProperty("address", where);
                now.setProperty("tls.pin", pin);
                try (var out = Files.newBufferedWriter(hosting, StandardCharsets.UTF_8)) {
                    now.store(out, "Where this PC last hosted the office database (no secret here)");
                } catch (IOException e) {
                    throw new UserFacingException(e, "error.dataDir.notWritable", dir.root().toString());
                }
            }
            return code;
        }));
    }

    @Override
    public String address() {
        return listeners.address();
    }

    @Override
    public int port() {
        return listeners.port();
    }

    @Override
    public Optional<JoinCode> newCode() {
        return Optional.ofNullable(newCode);
    }

    /**
     * Counted at the TLS tunnel: H2 sees every PC's session as coming from loopback, and each PC
     * holds a small pool of connections, so the PCs are the distinct addresses with a live one.
     */
    @Override
    public int connectedPcs() {
        return listeners.connectedPcs();
    }

    /** The SHA-256 fingerprint of this PC's TLS certificate (public; its first 16 bytes are in the join code). */
    @Override
    public String certificateFingerprint() {
        return listeners.identity().fingerprint();
    }

    /** Connections that reached the database through the TLS tunnel since the start. */
    public long tlsConnections() {
        return listeners.forwarded();
    }

    /** Connections the TLS tunnel dropped before the database (failed handshakes, replays, too many). */
    public long tlsRefused() {
        return listeners.refused();
    }

    @Override
    public void close() {
        backups.shutdownNow();
        listeners.close();
        db.close();
        dir.close();
    }
}
