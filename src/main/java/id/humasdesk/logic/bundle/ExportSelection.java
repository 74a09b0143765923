package id.humasdesk.logic.bundle;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which releases go out. Every mode takes only approved, scheduled or published releases, plus
 * withdrawn ones that headquarters already received (they go out as canceled).
 * <ul>
 * <li>{@code SINCE_LAST}: versions not yet sent in any bundle of this office (the default);</li>
 * <li>{@code RANGE}: versions last changed in [from, to), sent before or not;</li>
 * <li>{@code PICKED}: the given releases.</li>
 * </ul>
 */
public record ExportSelection(Mode mode, Instant from, Instant to, Set<UUID> ids) {
    public enum Mode { SINCE_LAST, RANGE, PICKED }

    public static final ExportSelection SINCE_LAST = new ExportSelection(Mode.SINCE_LAST, null, null, Set.of());

    public ExportSelection {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
    }

    public static ExportSelection range(Instant from, Instant to) {
        return new ExportSelection(Mode.RANGE, from, to, Set.of());
    }

    public static ExportSelection picked(Set<UUID> ids) {
        return new ExportSelection(Mode.PICKED, null, null, ids);
    }
}
