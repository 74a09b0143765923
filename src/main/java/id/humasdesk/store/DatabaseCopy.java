package id.humasdesk.store;

import id.humasdesk.logic.maintenance.StoreMove;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * {@code store copy}: moves the office in a data directory's embedded H2 file to an empty office
 * database server (PostgreSQL, or an H2 TCP server), decision note 0613.
 *
 * <ul>
 * <li>The data directory is locked (HumasDesk must not run on it) and its file is opened read-only
 * ({@code ACCESS_MODE_DATA=r}): the original is never written.</li>
 * <li>The target must be empty: no tables, or only the schema a fresh migration leaves (what an
 * interrupted copy leaves behind, since the rows go in one transaction).</li>
 * <li>The target is migrated with the app's own migrations, so it is exactly what {@code init}
 * would make; the source must carry the same migrations (neither older nor newer).</li>
 * <li>Tables are taken from the source's catalogue and filled parents first (foreign keys), in
 * batches, in one transaction; a column that refers to its own table is filled in a second pass.
 * Rows the migrations seed (the default channels) are replaced by the source's. Identity columns
 * continue after the highest copied value.</li>
 * <li>At the end every table is counted and checksummed on both sides, independently of order and
 * engine (a sum of per-row SHA-256 hashes over normalised values).</li>
 * </ul>
 */
public final class DatabaseCopy implements StoreMove {
    private static final Logger LOG = Logger.getLogger(DatabaseCopy.class.getName());
    static final String HISTORY = "flyway_schema_history";
    private static final int BATCH_ROWS = 500;
    /** A batch is sent early once it holds this many bytes of text or binary values. */
    private static final long BATCH_BYTES = 8L << 20;
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);
    private final DataDirectory dir;

    public DatabaseCopy(DataDirectory dir) {
        this.dir = dir;
    }

    /** The read-only URL of the data directory's embedded file (nothing is written, not even on close). */
    static String readOnlyUrl(DataDirectory dir) {
        return DatabaseTarget.embedded(dir).url() + ";ACCESS_MODE_DATA=r";
    }

    @Override
    public Result copyTo(Destination destination, Progress progress) {
        DatabaseTarget target = DatabaseTarget.server(destination.url(), destination.user(), destination.password());
        if (target.isEmbedded()) {
            throw new UserFacingException("error.copy.targetNotServer", destination.url());
        }
        if (!dir.hasDatabase()) {
            throw new UserFacingException("error.copy.noSource", dir.root().toString());
        }
        long start = System.nanoTime();
        dir.lock();
        try (Connection src = openSource()) {
            return copy(src, target, progress, start);
        } catch (SQLException e) {
            throw StoreErrors.translate(e);
        } finally {
            dir.close();
        }
    }

    private Connection openSource() throws SQLException {
        DatabaseTarget embedded = DatabaseTarget.embedded(dir);
        Connection c = DriverManager.getConnection(readOnlyUrl(dir), embedded.user(), embedded.password());
        c.setReadOnly(true);
        return c;
    }

    private Result copy(Connection src, DatabaseTarget target, Progress progress, long start) throws SQLException {
        Fresh fresh = Fresh.migrate();
        Set<String> sourceVersions = appliedVersions(src);
        Set<String> newer = new TreeSet<>(sourceVersions);
        newer.removeAll(fresh.versions);
        if (!newer.isEmpty()) {
            throw new UserFacingException("error.store.newerVersion", String.join(", ", newer));
        }
        Set<String> missing = new TreeSet<>(fresh.versions);
        missing.removeAll(sourceVersions);
        if (!missing.isEmpty()) {
            throw new UserFacingException("error.copy.sourceOlder", dir.root().toString(), String.join(", ", missing));
        }
        List<Table> tables = order(tables(src));
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Table t : tables) {
            totals.put(t.name, count(src, t.name));
        }

        try (Connection dst = connect(target)) {
            requireEmpty(dst, target, fresh);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, target);
        }
        try (Database migrated = Database.open(target)) {
            LOG.info(() -> "Target " + target + " migrated to " + migrated.dialect());
        }

        try (Connection dst = connect(target)) {
            dst.setAutoCommit(false);
            try {
                for (Table t : tables) {
                    String name = t.name;
                    if (!tableExists(dst, name)) {
                        throw new UserFacingException("error.copy.tableMissing", name);
                    }
                    // Rows a migration seeded (default channels) give way to the office's own.
                    try (Statement st = dst.createStatement()) {
                        if (fresh.seeded.getOrDefault(name, 0L) > 0) {
                            st.executeUpdate("DELETE FROM " + name);
                        }
                    }
                }
                for (Table t : tables) {
                    copyTable(src, dst, t, totals.get(t.name), progress);
                }
                restartIdentities(dst, tables);
                dst.commit();
                LOG.info(() -> "Copied " + tables.size() + " tables to " + target + "; verifying");
            } catch (SQLException | RuntimeException e) {
                dst.rollback();
                throw e;
            }

            List<TableCheck> checks = new ArrayList<>();
            long rows = 0;
            for (Table t : tables) {
                Sum a = checksum(src, t.name, t.columns);
                Sum b = checksum(dst, t.name, t.columns);
                if (a.rows != b.rows || !a.hex().equals(b.hex())) {
                    LOG.severe("Verification failed for " + t.name + ": source " + a.rows + " rows " + a.hex()
                            + ", target " + b.rows + " rows " + b.hex());
                    throw new UserFacingException("error.copy.mismatch", t.name, a.rows, b.rows, target.serverName());
                }
                checks.add(new TableCheck(t.name, a.rows, a.hex()));
                rows += a.rows;
                progress.verified(t.name, a.rows, a.hex());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            long totalRows = rows;
            LOG.info(() -> "store copy done: " + checks.size() + " tables, " + totalRows + " rows, " + ms + " ms");
            return new Result(checks, rows, photoFiles(), ms);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, target);
        }
    }

    private int photoFiles() {
        if (!Files.isDirectory(dir.media())) {
            return 0;
        }
        try (var s = Files.list(dir.media())) {
            return (int) s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }

    static Connection connect(DatabaseTarget target) throws SQLException {
        return DriverManager.getConnection(target.url(), target.user(), target.password());
    }

    /** One table of the source: its columns in order, primary key, and the tables it refers to. */
    record Table(String name, List<String> columns, List<String> key, Set<String> parents, List<String> selfRefs) {
    }

    /** Base tables of the connection's current schema, lower-case, without the migration history. */
    static List<String> tableNames(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) {
                    out.add(name);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        return tableNames(c).contains(name);
    }

    private static boolean hasHistory(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getTables(null, c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(HISTORY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Table> tables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        List<Table> out = new ArrayList<>();
        for (String name : tableNames(c)) {
            String stored = storedName(md, schema, name);
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = md.getColumns(null, schema, stored, "%")) {
                TreeMap<Integer, String> byPos = new TreeMap<>();
                while (rs.next()) {
                    byPos.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                columns.addAll(byPos.values());
            }
            List<String> key = new ArrayList<>();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, stored)) {
                TreeMap<Integer, String> bySeq = new TreeMap<>();
                while (rs.next()) {
                    bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                key.addAll(bySeq.values());
            }
            Set<String> parents = new TreeSet<>();
            List<String> selfRefs = new ArrayList<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, stored)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equals(name)) {
                        selfRefs.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else {
                        parents.add(parent);
                    }
                }
            }
            out.add(new Table(name, columns, key, parents, selfRefs));
        }
        return out;
    }

    private static String storedName(DatabaseMetaData md, String schema, String lower) throws SQLException {
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String n = rs.getString("TABLE_NAME");
                if (n.equalsIgnoreCase(lower)) {
                    return n;
                }
            }
        }
        return lower;
    }

    /** Parents before children (foreign keys); ties by name, so the order is the same every time. */
    static List<Table> order(List<Table> tables) {
        Map<String, Table> left = new TreeMap<>();
        tables.forEach(t -> left.put(t.name, t));
        List<Table> out = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (!left.isEmpty()) {
            Table next = left.values().stream()
                    .filter(t -> t.parents.stream().allMatch(p -> done.contains(p) || !left.containsKey(p)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle among " + left.keySet()));
            left.remove(next.name);
            done.add(next.name);
            out.add(next);
        }
        return out;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> appliedVersions(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        if (!hasHistory(c)) {
            return out;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\", \"success\" FROM " + quotedHistory(c))) {
            while (rs.next()) {
                if (rs.getString(1) != null && rs.getBoolean(2)) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Flyway creates its table with a quoted lower-case name on both engines. */
    private static String quotedHistory(Connection c) {
        return "\"" + HISTORY + "\"";
    }

    /**
     * Refuses a target holding anything but what a fresh migration puts there. A schema without
     * rows (left by an interrupted copy: the rows go in one transaction) is accepted.
     */
    private static void requireEmpty(Connection dst, DatabaseTarget target, Fresh fresh) throws SQLException {
        List<String> names = tableNames(dst);
        if (names.isEmpty()) {
            return;
        }
        List<String> filled = new ArrayList<>();
        for (String name : names) {
            long n = count(dst, name);
            if (n > fresh.seeded.getOrDefault(name, 0L)) {
                filled.add(name + " (" + n + ")");
            }
        }
        if (!hasHistory(dst) && filled.isEmpty()) {
            filled.addAll(names);
        }
        if (!filled.isEmpty()) {
            throw new UserFacingException("error.copy.notEmpty", target.databaseName(), target.serverName(),
                    String.join(", ", filled.subList(0, Math.min(8, filled.size()))));
        }
    }

    private static void copyTable(Connection src, Connection dst, Table t, long total, Progress progress)
            throws SQLException {
        String cols = String.join(", ", t.columns);
        String marks = String.join(", ", t.columns.stream().map(c -> "?").toList());
        int[] dstTypes = targetTypes(dst, t);
        List<Object[]> deferred = new ArrayList<>();
        int[] selfIdx = t.selfRefs.stream().mapToInt(t.columns::indexOf).toArray();
        int[] keyIdx = t.key.stream().mapToInt(t.columns::indexOf).toArray();
        src.setAutoCommit(false); // lets the driver stream the rows instead of reading them all first
        try (Statement read = src.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            read.setFetchSize(BATCH_ROWS);
            try (ResultSet rs = read.executeQuery("SELECT " + cols + " FROM " + t.name);
                    PreparedStatement ins = dst.prepareStatement("INSERT INTO " + t.name + " (" + cols + ") VALUES ("
                            + marks + ")")) {
                Kind[] kinds = Kind.of(rs.getMetaData());
                long done = 0;
                int inBatch = 0;
                long bytes = 0;
                long reportEvery = Math.max(BATCH_ROWS, total / 20);
                while (rs.next()) {
                    Object[] row = new Object[t.columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = kinds[i].read(rs, i + 1);
                        bytes += sizeOf(row[i]);
                    }
                    for (int i : selfIdx) {
                        if (row[i] != null) {
                            Object[] later = new Object[keyIdx.length + 1];
                            later[0] = row[i];
                            for (int k = 0; k < keyIdx.length; k++) {
                                later[k + 1] = row[keyIdx[k]];
                            }
                            deferred.add(later);
                            row[i] = null;
                        }
                    }
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            ins.setNull(i + 1, dstTypes[i]);
                        } else {
                            ins.setObject(i + 1, row[i]);
                        }
                    }
                    ins.addBatch();
                    inBatch++;
                    done++;
                    if (inBatch >= BATCH_ROWS || bytes >= BATCH_BYTES) {
                        ins.executeBatch();
                        inBatch = 0;
                        bytes = 0;
                    }
                    if (done % reportEvery == 0) {
                        progress.copied(t.name, done, total);
                    }
                }
                if (inBatch > 0) {
                    ins.executeBatch();
                }
                if (done == 0 || done % reportEvery != 0) {
                    progress.copied(t.name, done, total);
                }
            }
        } finally {
            src.commit();
            src.setAutoCommit(true);
        }
        if (!deferred.isEmpty()) {
            if (t.key.isEmpty() || t.selfRefs.size() != 1) {
                throw new IllegalStateException("Cannot copy self references of " + t.name);
            }
            String where = String.join(" AND ", t.key.stream().map(k -> k + " = ?").toList());
            try (PreparedStatement up = dst.prepareStatement("UPDATE " + t.name + " SET " + t.selfRefs.get(0) + " = ? WHERE "
                    + where)) {
                for (Object[] d : deferred) {
                    for (int i = 0; i < d.length; i++) {
                        up.setObject(i + 1, d[i]);
                    }
                    up.addBatch();
                }
                up.executeBatch();
            }
        }
    }

    private static long sizeOf(Object v) {
        if (v instanceof String s) {
            return s.length() * 2L;
        }
        if (v instanceof byte[] b) {
            return b.length;
        }
        return 16;
    }

    private static int[] targetTypes(Connection dst, Table t) throws SQLException {
        try (Statement st = dst.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + String.join(", ", t.columns) + " FROM " + t.name + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            int[] out = new int[md.getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = md.getColumnType(i + 1);
            }
            return out;
        }
    }

    /** Identity columns (the search outbox) continue after the highest copied value. */
    private static void restartIdentities(Connection dst, List<Table> tables) throws SQLException {
        Set<String> names = new TreeSet<>();
        tables.forEach(t -> names.add(t.name));
        List<String[]> identities = new ArrayList<>();
        try (Statement st = dst.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = CURRENT_SCHEMA AND is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1).toLowerCase(Locale.ROOT),
                    rs.getString(2).toLowerCase(Locale.ROOT)});
            }
        }
        for (String[] id : identities) {
            if (!names.contains(id[0])) {
                continue;
            }
            long next;
            try (Statement st = dst.createStatement();
                    ResultSet rs = st.executeQuery("SELECT MAX(" + id[1] + ") FROM " + id[0])) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
            try (Statement st = dst.createStatement()) {
                st.execute("ALTER TABLE " + id[0] + " ALTER COLUMN " + id[1] + " RESTART WITH " + next);
            }
        }
    }

    /** How a column's values are read, copied and normalised for the checksum on either engine. */
    enum Kind {
        TEXT, FIXED_TEXT, WHOLE, DECIMAL, BOOL, INSTANT, UUID, BYTES, OTHER;

        static Kind[] of(ResultSetMetaData md) throws SQLException {
            Kind[] out = new Kind[md.getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = of(md.getColumnType(i + 1), md.getColumnTypeName(i + 1));
            }
            return out;
        }

        static Kind of(int type, String typeName) {
            String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
            if (name.equals("uuid")) {
                return UUID;
            }
            if (type == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz") || name.contains("with time zone")) {
                return INSTANT;
            }
            return switch (type) {
                case Types.CHAR, Types.NCHAR -> FIXED_TEXT;
                case Types.VARCHAR, Types.NVARCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> TEXT;
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> WHOLE;
                case Types.DECIMAL, Types.NUMERIC, Types.REAL, Types.FLOAT, Types.DOUBLE -> DECIMAL;
                case Types.BOOLEAN, Types.BIT -> BOOL;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
                default -> name.equals("text") ? TEXT : name.equals("bytea") ? BYTES : OTHER;
            };
        }

        /** The value to insert on the other engine. */
        Object read(ResultSet rs, int i) throws SQLException {
            Object v = switch (this) {
                case TEXT, FIXED_TEXT -> rs.getString(i);
                case INSTANT -> rs.getObject(i, OffsetDateTime.class);
                case UUID -> rs.getObject(i, java.util.UUID.class);
                case BYTES -> rs.getBytes(i);
                case BOOL -> rs.getBoolean(i);
                default -> rs.getObject(i);
            };
            return rs.wasNull() ? null : v;
        }

        /** The same value the same way on both engines (UTC instants, trimmed fixed-width text, plain numbers). */
        byte[] canonical(ResultSet rs, int i) throws SQLException {
            String s = switch (this) {
                case TEXT -> rs.getString(i);
                case FIXED_TEXT -> {
                    String v = rs.getString(i);
                    yield v == null ? null : v.stripTrailing();
                }
                case WHOLE -> {
                    long v = rs.getLong(i);
                    yield rs.wasNull() ? null : Long.toString(v);
                }
                case DECIMAL -> {
                    BigDecimal v = rs.getBigDecimal(i);
                    yield v == null ? null : v.stripTrailingZeros().toPlainString();
                }
                case BOOL -> {
                    boolean v = rs.getBoolean(i);
                    yield rs.wasNull() ? null : Boolean.toString(v);
                }
                case INSTANT -> {
                    OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
                    yield v == null ? null : v.toInstant().toString();
                }
                case UUID -> {
                    java.util.UUID v = rs.getObject(i, java.util.UUID.class);
                    yield v == null ? null : v.toString();
                }
                case BYTES -> {
                    byte[] v = rs.getBytes(i);
                    yield v == null ? null : HexFormat.of().formatHex(v);
                }
                case OTHER -> rs.getString(i);
            };
            return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Row count and the order-free content checksum of one table. */
    record Sum(long rows, BigInteger sum) {
        String hex() {
            return String.format("%064x", sum);
        }
    }

    /**
     * Sum (modulo 2^256) of the SHA-256 of every row, each value written with its length, null as
     * its own mark. Independent of row order, so no engine's collation or ORDER BY is involved.
     */
    static Sum checksum(Connection c, String table, List<String> columns) throws SQLException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.setFetchSize(BATCH_ROWS);
            try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
                Kind[] kinds = Kind.of(rs.getMetaData());
                BigInteger sum = BigInteger.ZERO;
                long rows = 0;
                byte[] len = new byte[4];
                while (rs.next()) {
                    sha.reset();
                    for (int i = 0; i < kinds.length; i++) {
                        byte[] v = kinds[i].canonical(rs, i + 1);
                        int n = v == null ? -1 : v.length;
                        len[0] = (byte) (n >>> 24);
                        len[1] = (byte) (n >>> 16);
                        len[2] = (byte) (n >>> 8);
                        len[3] = (byte) n;
                        sha.update(len);
                        if (v != null) {
                            sha.update(v);
                        }
                    }
                    sum = sum.add(new BigInteger(1, sha.digest())).mod(MOD);
                    rows++;
                }
                return new Sum(rows, sum);
            }
        } finally {
            c.commit();
            c.setAutoCommit(auto);
        }
    }

    /** What the app's migrations make on a fresh database: their versions, and the rows they seed per table. */
    record Fresh(Set<String> versions, Map<String, Long> seeded) {
        static Fresh migrate() throws SQLException {
            String url = "jdbc:h2:mem:copy-fresh-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            try (Connection keep = DriverManager.getConnection(url, "sa", "")) {
                Flyway flyway = Flyway.configure().dataSource(url, "sa", "")
                        .locations("classpath:id/humasdesk/db/migration", DatabaseTarget.Dialect.H2.vendorLocation())
                        .outOfOrder(true).load();
                flyway.migrate();
                Set<String> versions = new TreeSet<>();
                for (MigrationInfo i : flyway.info().applied()) {
                    if (i.getVersion() != null) {
                        versions.add(i.getVersion().getVersion());
                    }
                }
                Map<String, Long> seeded = new TreeMap<>();
                for (String t : tableNames(keep)) {
                    seeded.put(t, count(keep, t));
                }
                try (Statement st = keep.createStatement()) {
                    st.execute("SHUTDOWN");
                }
                return new Fresh(versions, seeded);
            }
        }
    }
}
