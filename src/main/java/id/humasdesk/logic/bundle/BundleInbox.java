package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.OfficeRepository;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What an office received from others, read-only: offices with their bundles and chain gaps,
 * releases by office, province, status and words, one release opened, and the conflicts import
 * kept. For reviewers and admins of offices that collect bundles (decision 0311).
 */
public final class BundleInbox {
    /** Rows a release list shows at most; the total says how many more match. */
    public static final int PAGE = 500;
    public static final int CONFLICTS = 500;

    private final InboxRepository repo;
    private final OfficeRepository offices;
    private final Authority authority;

    /** A received release opened: its list row, its content and what it carried besides. */
    public record Detail(InboxRepository.ReleaseRow row, ReceivedItem item, ItemTrail trail) {
    }

    /** Both copies of a conflicting version: the one held now and the one import kept aside. */
    public record ConflictPair(InboxRepository.ConflictRow row, ReceivedItem held, ReceivedItem kept) {
    }

    BundleInbox(InboxRepository repo, OfficeRepository offices, UserRepository users) {
        this.repo = repo;
        this.offices = offices;
        this.authority = new Authority(users);
    }

    /** Headquarters collects every office's bundles; a province collects those of its regencies and cities. */
    public static boolean collects(Office office) {
        return office != null && (office.level() == OfficeLevel.PUSAT || office.level() == OfficeLevel.PROVINSI);
    }

    /** Whether the inbox is for this user here: the GUI shows its menu only then. */
    public static boolean mayUse(Office office, User user) {
        return collects(office) && user != null && (user.has(Role.REVIEWER) || user.has(Role.ADMIN));
    }

    public List<InboxRepository.OfficeRow> offices(User actor) {
        require(actor);
        return repo.offices();
    }

    public InboxRepository.Page releases(User actor, InboxRepository.Query query) {
        require(actor);
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        int limit = query.limit() <= 0 ? PAGE : Math.min(query.limit(), PAGE);
        return repo.releases(new InboxRepository.Query(blankToNull(query.officeCode()),
                blankToNull(query.province()), query.status(), text.isEmpty() ? null : text, limit));
    }

    public Detail open(User actor, UUID releaseId) {
        require(actor);
        InboxRepository.ReleaseRow row = repo.release(releaseId)
                .orElseThrow(() -> new UserFacingException("bundle.hq.releaseNotFound"));
        String json = held(releaseId);
        JsonNode node = parse(json);
        return new Detail(row, NinjsReader.read(node, "items/" + releaseId + ".json", json, ""),
                NinjsReader.trail(node));
    }

    /**
     * Every release held whose newest copy arrived at or after {@code from}, with the plans and
     * history it carried; for the regional report. A copy that cannot be read is skipped.
     */
    public void eachReceivedSince(User actor, java.time.Instant from,
            java.util.function.BiConsumer<InboxRepository.ReleaseRow, ItemTrail> action) {
        require(actor);
        repo.eachReceivedSince(from, (row, json) -> {
            ItemTrail trail;
            try {
                trail = NinjsReader.trail(CanonicalJson.read(json.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                java.util.logging.Logger.getLogger(BundleInbox.class.getName())
                        .warning(() -> "Skipping unreadable received release " + row.id() + ": " + e);
                return;
            }
            action.accept(row, trail);
        });
    }

    public List<InboxRepository.ConflictRow> conflicts(User actor) {
        require(actor);
        return repo.conflicts(CONFLICTS);
    }

    public ConflictPair conflict(User actor, InboxRepository.ConflictRow row) {
        require(actor);
        String heldJson = held(row.releaseId());
        ReceivedItem held = NinjsReader.read(parse(heldJson), "items/" + row.releaseId() + ".json", heldJson, "");
        ReceivedItem kept = NinjsReader.read(parse(row.keptJson()), "items/" + row.releaseId() + ".json",
                row.keptJson(), row.sha256());
        return new ConflictPair(row, held, kept);
    }

    private User require(User claimed) {
        User me = authority.actor(claimed);
        if (!me.has(Role.REVIEWER) && !me.has(Role.ADMIN)) {
            throw new UserFacingException("error.auth.roleRequired", "enum.Role.REVIEWER");
        }
        Office own = offices.find().orElseThrow(() -> new UserFacingException("error.setup.notDone"));
        if (!collects(own)) {
            throw new UserFacingException("bundle.hq.notCollecting", own.name());
        }
        return me;
    }

    private String held(UUID releaseId) {
        return repo.json(releaseId).orElseThrow(() -> new UserFacingException("bundle.hq.releaseNotFound"));
    }

    private static JsonNode parse(String json) {
        try {
            return CanonicalJson.read(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.hq.releaseNotFound");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
