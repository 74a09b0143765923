package id.humasdesk.store;

import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.schedule.PlanRepository;
import id.humasdesk.logic.schedule.PlannedRelease;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.ReleaseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Publication plans with optimistic versions. */
public final class JdbcPlanRepository implements PlanRepository {
    private final Database db;

    public JdbcPlanRepository(Database db) {
        this.db = db;
    }

    @Override
    public void insert(PublicationPlan p) {
        db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO publication_plan (id, release_id, channel_id, planned_at, "
                    + "zone_id, caption, embargo_until, state, posted_url, note, done_at, version) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setObject(1, p.id());
                ps.setObject(2, p.releaseId());
                ps.setObject(3, p.channelId());
                Jdbc.setInstant(ps, 4, p.at());
                ps.setString(5, p.zone().getId());
                ps.setString(6, p.caption());
                Jdbc.setInstant(ps, 7, p.embargoUntil());
                ps.setString(8, p.state().name());
                ps.setString(9, p.postedUrl());
                ps.setString(10, p.note());
                Jdbc.setInstant(ps, 11, p.doneAt());
                ps.setLong(12, p.version());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public PublicationPlan update(PublicationPlan p) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("UPDATE publication_plan SET planned_at = ?, caption = ?, "
                    + "embargo_until = ?, state = ?, posted_url = ?, note = ?, done_at = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?")) {
                Jdbc.setInstant(ps, 1, p.at());
                ps.setString(2, p.caption());
                Jdbc.setInstant(ps, 3, p.embargoUntil());
                ps.setString(4, p.state().name());
                ps.setString(5, p.postedUrl());
                ps.setString(6, p.note());
                Jdbc.setInstant(ps, 7, p.doneAt());
                ps.setObject(8, p.id());
                ps.setLong(9, p.version());
                if (ps.executeUpdate() == 0) {
                    throw new ConflictException(p.id().toString());
                }
            }
            return p.withVersion(p.version() + 1);
        });
    }

    @Override
    public Optional<PublicationPlan> find(UUID id) {
        return list("WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<PublicationPlan> forRelease(UUID releaseId) {
        return list("WHERE release_id = ? ORDER BY planned_at", releaseId);
    }

    @Override
    public Map<UUID, List<PublicationPlan>> forReleases(Collection<UUID> releaseIds) {
        Map<UUID, List<PublicationPlan>> out = new HashMap<>();
        for (List<UUID> slice : Jdbc.slices(releaseIds, 500)) {
            for (PublicationPlan p : list("WHERE release_id IN (" + Jdbc.marks(slice.size()) + ") ORDER BY planned_at",
                    slice.toArray())) {
                out.computeIfAbsent(p.releaseId(), k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    @Override
    public List<PublicationPlan> between(Instant from, Instant to) {
        return list("WHERE planned_at >= ? AND planned_at < ? ORDER BY planned_at", from, to);
    }

    @Override
    public List<PlannedRelease> betweenWithReleases(Instant from, Instant to, int limit) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT p.*, r.release_no, r.headline, r.status AS release_status "
                    + "FROM publication_plan p JOIN press_release r ON r.id = p.release_id "
                    + "WHERE p.planned_at >= ? AND p.planned_at < ? ORDER BY p.planned_at"
                    + (limit == Integer.MAX_VALUE ? "" : " FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY"))) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                try (var rs = ps.executeQuery()) {
                    List<PlannedRelease> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new PlannedRelease(map(rs), rs.getString("release_no"), rs.getString("headline"),
                                ReleaseStatus.valueOf(rs.getString("release_status"))));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public int countBetween(Instant from, Instant to) {
        return db.with(c -> {
            try (var ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM publication_plan WHERE planned_at >= ? AND planned_at < ?")) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<PublicationPlan> inStateBefore(PlanState state, Instant before) {
        return list("WHERE state = ? AND planned_at < ? ORDER BY planned_at", state.name(), before);
    }

    @Override
    public Set<UUID> releasesWithPlannedBefore(Instant before) {
        Set<UUID> out = new HashSet<>();
        for (PublicationPlan p : inStateBefore(PlanState.PLANNED, before)) {
            out.add(p.releaseId());
        }
        return out;
    }

    private List<PublicationPlan> list(String where, Object... args) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT * FROM publication_plan " + where)) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof Instant at) {
                        Jdbc.setInstant(ps, i + 1, at);
                    } else {
                        ps.setObject(i + 1, args[i]);
                    }
                }
                try (var rs = ps.executeQuery()) {
                    List<PublicationPlan> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                    return out;
                }
            }
        });
    }

    private static PublicationPlan map(ResultSet rs) throws SQLException {
        return new PublicationPlan(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "release_id"), Jdbc.uuid(rs, "channel_id"),
                Jdbc.instant(rs, "planned_at"), ZoneId.of(rs.getString("zone_id")), rs.getString("caption"),
                Jdbc.instant(rs, "embargo_until"), PlanState.valueOf(rs.getString("state")), rs.getString("posted_url"),
                rs.getString("note"), Jdbc.instant(rs, "done_at"), rs.getLong("version"));
    }
}
