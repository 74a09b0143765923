package id.humasdesk.store;

import id.humasdesk.logic.bundle.BundleExportRepository;
import id.humasdesk.logic.bundle.BundleImportRepository;
import id.humasdesk.logic.bundle.ChainMoved;
import id.humasdesk.logic.bundle.ExportRecord;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.bundle.Manifest;
import id.humasdesk.logic.bundle.PublicKeyInfo;
import id.humasdesk.logic.bundle.ReceivedBundle;
import id.humasdesk.logic.bundle.ReceivedItem;
import id.humasdesk.logic.bundle.StoredItem;
import id.humasdesk.logic.bundle.TrustStore;
import id.humasdesk.logic.bundle.TrustedKey;
import id.humasdesk.model.Release;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bundle tables of V5: export history, pinned office keys, received bundles and releases. */
public final class JdbcBundleRepository implements BundleExportRepository, BundleImportRepository, TrustStore {
    private static final String SENDABLE = "r.trashed = FALSE AND (r.status IN ('APPROVED', 'SCHEDULED', 'PUBLISHED') "
            + "OR (r.status = 'WITHDRAWN' AND EXISTS (SELECT 1 FROM bundle_export_item s WHERE s.release_id = r.id)))";
    private static final int SEARCH_TEXT_MAX = 100_000;
    private final Database db;

    public JdbcBundleRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Release> findForExport(ExportSelection sel) {
        String sql = "SELECT * FROM press_release r WHERE " + SENDABLE + switch (sel.mode()) {
            case SINCE_LAST -> " AND NOT EXISTS (SELECT 1 FROM bundle_export_item s WHERE s.release_id = r.id "
                    + "AND s.release_version = r.version)";
            case RANGE -> " AND r.updated_at >= ? AND r.updated_at < ?";
            case PICKED -> " AND r.id = ANY(?)";
        } + " ORDER BY r.id";
        return db.with(c -> {
            try (var ps = c.prepareStatement(sql)) {
                if (sel.mode() == ExportSelection.Mode.RANGE) {
                    Jdbc.setInstant(ps, 1, sel.from());
                    Jdbc.setInstant(ps, 2, sel.to());
                } else if (sel.mode() == ExportSelection.Mode.PICKED) {
                    ps.setObject(1, sel.ids().toArray(new UUID[0]));
                }
                List<Release> out = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(JdbcReleaseRepository.mapRelease(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<ExportRecord> lastExport() {
        List<ExportRecord> last = exportHistory(1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
    }

    @Override
    public Optional<UUID> chainHead() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT head_bundle_id FROM bundle_chain WHERE id = 1");
                    var rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(Jdbc.uuid(rs, "head_bundle_id")) : Optional.empty();
            }
        });
    }

    @Override
    public void recordExport(ExportRecord r, List<Release> sent) {
        db.inTransaction(() -> db.with(c -> {
            // The row lock makes concurrent exports of several PCs take turns here (both engines).
            UUID head;
            try (var ps = c.prepareStatement("SELECT head_bundle_id FROM bundle_chain WHERE id = 1 FOR UPDATE");
                    var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("bundle_chain has no row: migration V6.11.1 missing");
                }
                head = Jdbc.uuid(rs, "head_bundle_id");
            }
            if (!java.util.Objects.equals(head, r.previousBundleId())) {
                throw new ChainMoved(r.previousBundleId(), head);
            }
            try (var ps = c.prepareStatement("INSERT INTO bundle_export (bundle_id, created_at, created_by, item_count, "
                    + "photo_count, file_path, file_size, file_sha256, previous_bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, r.bundleId());
                Jdbc.setInstant(ps, 2, r.createdAt());
                ps.setString(3, r.createdBy());
                ps.setInt(4, r.itemCount());
                ps.setInt(5, r.photoCount());
                ps.setString(6, r.path());
                ps.setLong(7, r.size());
                ps.setString(8, r.sha256());
                ps.setObject(9, r.previousBundleId());
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement(
                    "INSERT INTO bundle_export_item (bundle_id, release_id, release_version) VALUES (?, ?, ?)")) {
                for (Release rel : sent) {
                    ps.setObject(1, r.bundleId());
                    ps.setObject(2, rel.id());
                    ps.setLong(3, rel.version());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (var ps = c.prepareStatement("UPDATE bundle_chain SET head_bundle_id = ? WHERE id = 1")) {
                ps.setObject(1, r.bundleId());
                ps.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public List<ExportRecord> exportHistory(int limit) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT * FROM bundle_export ORDER BY created_at DESC, bundle_id DESC "
                    + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY"); var rs = ps.executeQuery()) {
                List<ExportRecord> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ExportRecord(Jdbc.uuid(rs, "bundle_id"), Jdbc.instant(rs, "created_at"),
                            rs.getString("created_by"), rs.getInt("item_count"), rs.getInt("photo_count"),
                            rs.getString("file_path"), rs.getLong("file_size"), rs.getString("file_sha256"),
                            Jdbc.uuid(rs, "previous_bundle_id")));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<TrustedKey> active(String officeCode) {
        return oneKey("SELECT * FROM trusted_office_key WHERE office_code = ? AND retired_at IS NULL", officeCode);
    }

    @Override
    public Optional<TrustedKey> activeByFingerprint(String fingerprint) {
        return oneKey("SELECT * FROM trusted_office_key WHERE fingerprint = ? AND retired_at IS NULL", fingerprint);
    }

    private Optional<TrustedKey> oneKey(String sql, String arg) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, arg);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(mapKey(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void pin(TrustedKey k) {
        db.inTransaction(() -> db.with(c -> {
            try (var retire = c.prepareStatement("UPDATE trusted_office_key SET retired_at = ? "
                    + "WHERE office_code = ? AND retired_at IS NULL");
                    var del = c.prepareStatement("DELETE FROM trusted_office_key WHERE office_code = ? AND fingerprint = ?");
                    var ins = c.prepareStatement("INSERT INTO trusted_office_key (office_code, fingerprint, public_key, "
                            + "office_name, office_level, zone_id, trusted_at, trusted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Jdbc.setInstant(retire, 1, k.trustedAt());
                retire.setString(2, k.officeCode());
                retire.executeUpdate();
                del.setString(1, k.officeCode());
                del.setString(2, k.key().fingerprint());
                del.executeUpdate();
                ins.setString(1, k.officeCode());
                ins.setString(2, k.key().fingerprint());
                ins.setString(3, k.key().publicKey());
                ins.setString(4, k.officeName());
                ins.setString(5, k.level());
                ins.setString(6, k.zone());
                Jdbc.setInstant(ins, 7, k.trustedAt());
                ins.setString(8, k.trustedBy());
                // Another PC pinned the same key at the same moment: it is pinned, which is what we wanted.
                Jdbc.insertOr(c, i -> ins.executeUpdate(), dup -> 0);
            }
            return null;
        }));
    }

    private static TrustedKey mapKey(ResultSet rs) throws SQLException {
        return new TrustedKey(rs.getString("office_code"), rs.getString("office_name"), rs.getString("office_level"),
                rs.getString("zone_id"), new PublicKeyInfo(PublicKeyInfo.ED25519, rs.getString("public_key"),
                        rs.getString("fingerprint")), Jdbc.instant(rs, "trusted_at"), rs.getString("trusted_by"));
    }

    @Override
    public Optional<StoredItem> findReceived(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT r.id, r.origin_office, r.release_version, r.item_sha256, "
                    + "b.created_at FROM received_release r LEFT JOIN bundle_received b ON b.bundle_id = r.bundle_id "
                    + "WHERE r.id = ?")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredItem(Jdbc.uuid(rs, "id"), rs.getString("origin_office"),
                            rs.getLong("release_version"), rs.getString("item_sha256"),
                            Jdbc.instant(rs, "created_at"))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<String> receivedJson(UUID releaseId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT ninjs_json FROM received_release WHERE id = ?")) {
                ps.setObject(1, releaseId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void insertReceived(ReceivedItem item, UUID bundleId, Instant at) {
        db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO received_release (origin_office, release_version, release_no, "
                    + "type, status, pubstatus, headline, search_text, first_created, version_created, item_sha256, "
                    + "ninjs_json, bundle_id, received_at, embargoed, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindReceived(ps, item, bundleId, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void replaceReceived(ReceivedItem item, UUID bundleId, Instant at) {
        db.with(c -> {
            try (var ps = c.prepareStatement("UPDATE received_release SET origin_office = ?, release_version = ?, "
                    + "release_no = ?, type = ?, status = ?, pubstatus = ?, headline = ?, search_text = ?, "
                    + "first_created = ?, version_created = ?, item_sha256 = ?, ninjs_json = ?, bundle_id = ?, "
                    + "received_at = ?, embargoed = ? WHERE id = ?")) {
                bindReceived(ps, item, bundleId, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bindReceived(PreparedStatement ps, ReceivedItem item, UUID bundleId, Instant at)
            throws SQLException {
        ps.setString(1, item.officeCode());
        ps.setLong(2, item.version());
        ps.setString(3, item.number());
        ps.setString(4, item.type().name());
        ps.setString(5, item.status().name());
        ps.setString(6, item.pubstatus());
        String headline = item.content().headline();
        ps.setString(7, headline.length() > 1000 ? headline.substring(0, 1000) : headline);
        String search = item.content().searchText();
        ps.setString(8, search.length() > SEARCH_TEXT_MAX ? search.substring(0, SEARCH_TEXT_MAX) : search);
        Jdbc.setInstant(ps, 9, item.firstCreated());
        Jdbc.setInstant(ps, 10, item.versionCreated());
        ps.setString(11, item.sha256());
        ps.setString(12, item.json());
        ps.setObject(13, bundleId);
        Jdbc.setInstant(ps, 14, at);
        Jdbc.setInstant(ps, 15, item.embargoed());
        ps.setObject(16, item.id());
    }

    @Override
    public boolean addConflict(ReceivedItem item, UUID bundleId, Instant at) {
        return db.with(c -> {
            try (var q = c.prepareStatement("SELECT 1 FROM received_conflict WHERE release_id = ? AND release_version = ? "
                    + "AND item_sha256 = ?")) {
                q.setObject(1, item.id());
                q.setLong(2, item.version());
                q.setString(3, item.sha256());
                try (var rs = q.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (var ps = c.prepareStatement("INSERT INTO received_conflict (release_id, release_version, item_sha256, "
                    + "origin_office, ninjs_json, bundle_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, item.id());
                ps.setLong(2, item.version());
                ps.setString(3, item.sha256());
                ps.setString(4, item.officeCode());
                ps.setString(5, item.json());
                ps.setObject(6, bundleId);
                Jdbc.setInstant(ps, 7, at);
                ps.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public int conflictCount() {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM received_conflict"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public boolean bundleReceived(UUID bundleId) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT 1 FROM bundle_received WHERE bundle_id = ?")) {
                ps.setObject(1, bundleId);
                try (var rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void recordReceived(ReceivedBundle b) {
        db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO bundle_received (bundle_id, office_code, previous_bundle_id, "
                    + "created_at, created_by, imported_at, imported_by, item_count, file_name, file_sha256, chain_gap) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, b.bundleId());
                ps.setString(2, b.officeCode());
                ps.setObject(3, b.previousBundleId());
                Jdbc.setInstant(ps, 4, b.createdAt());
                ps.setString(5, b.createdBy());
                Jdbc.setInstant(ps, 6, b.importedAt());
                ps.setString(7, b.importedBy());
                ps.setInt(8, b.itemCount());
                String name = b.fileName();
                ps.setString(9, name.length() > 500 ? name.substring(0, 500) : name);
                ps.setString(10, b.sha256());
                ps.setBoolean(11, b.chainGap());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void rememberOffice(Manifest.OfficeInfo o, Instant createdAt) {
        db.inTransaction(() -> db.with(c -> {
            try (var up = c.prepareStatement("UPDATE received_office SET office_name = ?, office_level = ?, province = ?, "
                    + "zone_id = ?, described_at = ? WHERE office_code = ? AND described_at <= ?")) {
                up.setString(1, o.name());
                up.setString(2, o.level());
                up.setString(3, o.province());
                up.setString(4, o.zone());
                Jdbc.setInstant(up, 5, createdAt);
                up.setString(6, o.code());
                Jdbc.setInstant(up, 7, createdAt);
                if (up.executeUpdate() > 0) {
                    return null;
                }
            }
            try (var q = c.prepareStatement("SELECT 1 FROM received_office WHERE office_code = ?")) {
                q.setString(1, o.code());
                try (var rs = q.executeQuery()) {
                    if (rs.next()) {
                        return null; // described by a newer bundle already
                    }
                }
            }
            try (var ins = c.prepareStatement("INSERT INTO received_office (office_code, office_name, office_level, "
                    + "province, zone_id, described_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ins.setString(1, o.code());
                ins.setString(2, o.name());
                ins.setString(3, o.level());
                ins.setString(4, o.province());
                ins.setString(5, o.zone());
                Jdbc.setInstant(ins, 6, createdAt);
                // Described by another PC's import at the same moment: the newer description wins below.
                Jdbc.insertOr(c, i -> ins.executeUpdate(), dup -> {
                    rememberOffice(o, createdAt);
                    return 0;
                });
            }
            return null;
        }));
    }

    @Override
    public List<ReceivedBundle> receivedBundles(int limit) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT * FROM bundle_received ORDER BY imported_at DESC, created_at DESC "
                    + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY"); var rs = ps.executeQuery()) {
                List<ReceivedBundle> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ReceivedBundle(Jdbc.uuid(rs, "bundle_id"), rs.getString("office_code"),
                            Jdbc.uuid(rs, "previous_bundle_id"), Jdbc.instant(rs, "created_at"),
                            rs.getString("created_by"), Jdbc.instant(rs, "imported_at"), rs.getString("imported_by"),
                            rs.getInt("item_count"), rs.getString("file_name"), rs.getString("file_sha256"),
                            rs.getBoolean("chain_gap")));
                }
                return out;
            }
        });
    }
}
