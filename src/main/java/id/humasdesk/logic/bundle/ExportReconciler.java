package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.humasdesk.logic.common.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes the export folders agree with the export history after a crash (decision 0313). An export
 * writes {@code .NAME.part}, commits its history row, then renames the file to NAME; a kill can
 * stop it between any two steps. This pass, run at start and before every export:
 * <ul>
 * <li>finishes the rename of a recorded export whose file is still a complete {@code .part};</li>
 * <li>deletes every other {@code .part} of an export (its history row was never committed, so its
 * releases were not marked as sent and go out with the next export);</li>
 * <li>names a bundle file of this office that the history does not know (an orphan, left by an
 * older version or a lost commit) and renames it to NAME.unrecorded, so it cannot be sent by
 * mistake; its releases go out with the next export;</li>
 * <li>names the newest recorded export if its file is gone (older files are moved away by people
 * sending them, which is normal).</li>
 * </ul>
 * Exports running in this process register their target and are left alone.
 */
public final class ExportReconciler {
    private static final Logger LOG = Logger.getLogger(ExportReconciler.class.getName());
    /** Suffix given to orphaned bundle files. */
    public static final String ORPHAN_SUFFIX = ".unrecorded";
    private static final long MAX_MANIFEST_BYTES = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the pass found and did; empty lists when everything agreed. */
    public record Report(List<Path> completed, List<Path> removedParts, List<Orphan> orphans,
            Optional<Path> newestMissing) {
        public boolean needsAttention() {
            return !orphans.isEmpty() || newestMissing.isPresent();
        }
    }

    /** A bundle file of this office the history does not know, and where it was moved. */
    public record Orphan(Path file, Path renamedTo) {
    }

    private final BundleExportRepository exports;
    private final Supplier<Optional<String>> officeCode;
    private final Path exportDir;
    private final Set<Path> live = ConcurrentHashMap.newKeySet();

    private final java.time.Clock clock;

    ExportReconciler(BundleExportRepository exports, Supplier<Optional<String>> officeCode, Path exportDir,
            java.time.Clock clock) {
        this.exports = exports;
        this.officeCode = officeCode;
        this.exportDir = exportDir;
        this.clock = clock;
    }

    /**
     * How long a .part file in a folder other than this PC's own export folder is left alone: with
     * several PCs (decision 0612) that folder may be shared, and the file another PC's export in
     * progress. This PC's own folder is its alone and is tidied at once.
     */
    static final java.time.Duration OTHER_PCS_GRACE = java.time.Duration.ofHours(1);

    /** An export to this target runs now in this process: its .part is not a leftover. */
    void begin(Path target) {
        live.add(target.toAbsolutePath());
    }

    void end(Path target) {
        live.remove(target.toAbsolutePath());
    }

    synchronized Report reconcile() {
        List<ExportRecord> history = exports.exportHistory(Integer.MAX_VALUE);
        Map<Path, ExportRecord> byPath = new HashMap<>();
        Set<UUID> ids = new java.util.HashSet<>();
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(exportDir.toAbsolutePath());
        for (ExportRecord r : history) {
            Path p = Path.of(r.path()).toAbsolutePath();
            byPath.put(p, r);
            ids.add(r.bundleId());
            if (p.getParent() != null) {
                folders.add(p.getParent());
            }
        }
        List<Path> completed = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        List<Orphan> orphans = new ArrayList<>();
        String own = officeCode.get().orElse(null);
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            for (Path f : list(folder)) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(BundleWriter.PART_SUFFIX)
                        && name.contains(BundleFormat.FILE_SUFFIX)) {
                    if (!folder.equals(exportDir.toAbsolutePath()) && recent(f)) {
                        continue; // perhaps another PC's export in progress in a shared folder
                    }
                    part(f, byPath, completed, removed);
                } else if (name.endsWith(BundleFormat.FILE_SUFFIX) && !byPath.containsKey(f)
                        && !live.contains(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    orphan(f, own, ids).ifPresent(orphans::add);
                }
            }
        }
        Optional<Path> missing = Optional.empty();
        if (!history.isEmpty()) {
            Path newest = Path.of(history.get(0).path()).toAbsolutePath();
            if (!live.contains(newest) && !Files.exists(newest)) {
                missing = Optional.of(newest);
                LOG.warning(() -> "The file of the newest export " + history.get(0).bundleId() + " is gone: " + newest);
            }
        }
        return new Report(List.copyOf(completed), List.copyOf(removed), List.copyOf(orphans), missing);
    }

    private boolean recent(Path f) {
        try {
            java.time.Instant changed = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant();
            return changed.isAfter(clock.instant().minus(OTHER_PCS_GRACE));
        } catch (IOException e) {
            return true; // gone or unreadable: nothing to tidy now
        }
    }

    /** A .part file: finished if its export was recorded and it is complete, else removed. */
    private void part(Path part, Map<Path, ExportRecord> byPath, List<Path> completed, List<Path> removed) {
        String name = part.getFileName().toString();
        String finalName = name.substring(1, name.length() - BundleWriter.PART_SUFFIX.length());
        Path target = part.resolveSibling(finalName);
        if (live.contains(target)) {
            return;
        }
        ExportRecord rec = byPath.get(target);
        try {
            if (rec != null && !Files.exists(target) && Files.size(part) == rec.size()
                    && rec.sha256().equals(sha256(part))) {
                BundleWriter.publish(part, target);
                completed.add(target);
                LOG.warning(() -> "Export " + rec.bundleId() + " was recorded but stopped before its rename; "
                        + "finished now: " + target);
                return;
            }
            Files.deleteIfExists(part);
            removed.add(part);
            LOG.info(() -> "Removed the unfinished export file " + part);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot tidy " + part + ": " + e);
        }
    }

    /** A final-named bundle the history does not know: ours only if its manifest names this office. */
    private Optional<Orphan> orphan(Path file, String own, Set<UUID> ids) {
        Optional<JsonNode> manifest = manifest(file);
        if (manifest.isEmpty() || own == null) {
            return Optional.empty();
        }
        JsonNode m = manifest.get();
        if (!own.equals(m.path("office").path("code").asText())) {
            return Optional.empty();
        }
        try {
            if (ids.contains(UUID.fromString(m.path("bundleId").asText()))) {
                return Optional.empty(); // recorded under another path: copied or moved by hand
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Path aside = file.resolveSibling(file.getFileName() + ORPHAN_SUFFIX);
        try {
            Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.forceFolder(file.getParent());
            LOG.warning(() -> "The bundle " + file + " is not in the export history (the export was interrupted); "
                    + "renamed to " + aside + ", its releases go out with the next export");
            return Optional.of(new Orphan(file, aside));
        } catch (IOException e) {
            LOG.warning(() -> "The bundle " + file + " is not in the export history and cannot be renamed: " + e);
            return Optional.of(new Orphan(file, file));
        }
    }

    private static Optional<JsonNode> manifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(BundleFormat.MANIFEST);
            if (e == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(e)) {
                byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES);
                return Optional.of(JSON.readTree(bytes));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a bundle (or not readable): not ours to judge
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(Path::toAbsolutePath).toList();
        } catch (IOException e) {
            LOG.warning(() -> "Cannot list " + folder + ": " + e);
            return List.of();
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = BundleWriter.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                sha.update(buf, 0, r);
            }
        }
        return BundleWriter.hex(sha.digest());
    }
}
