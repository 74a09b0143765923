package id.humasdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.logic.draft.LocalRecoveries;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The editor's recovery records on this PC's disk: one small JSON file per open editor in
 * {@code <data directory>/recovery/}, replaced atomically (temporary file, fsync, rename, folder
 * fsync), so a kill or power cut leaves the previous version or the new one, whole. No database is
 * involved, so an unreachable office server cannot stop it (decision note 0604).
 */
public final class FileRecoveryStore implements LocalRecoveries {
    private static final Logger LOG = Logger.getLogger(FileRecoveryStore.class.getName());
    private static final String SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    public FileRecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The folder of a data directory's recovery records. */
    public static Path folderOf(Path dataDirectory) {
        return dataDirectory.resolve("recovery");
    }

    @Override
    public synchronized void put(Recovery r, boolean shared) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id().toString());
        n.put("userId", r.userId().toString());
        n.put("releaseId", r.releaseId() == null ? null : r.releaseId().toString());
        n.put("type", r.type().name());
        n.put("savedAt", r.savedAt().toString());
        n.put("shared", shared);
        n.put("content", ContentJson.write(r.content()));
        try {
            AtomicFiles.replace(file(r.id()), JSON.writeValueAsBytes(n));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.recovery.notWritable", folder.toString());
        }
    }

    @Override
    public synchronized void remove(UUID id) {
        try {
            if (Files.deleteIfExists(file(id))) {
                AtomicFiles.forceFolder(folder);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the recovery record " + id, e);
        }
    }

    @Override
    public synchronized List<Kept> list(UUID userId) {
        List<Kept> out = new ArrayList<>();
        for (Kept k : all()) {
            if (k.recovery().userId().equals(userId)) {
                out.add(k);
            }
        }
        out.sort(Comparator.comparing(k -> k.recovery().savedAt()));
        return out;
    }

    @Override
    public synchronized int count() {
        return all().size();
    }

    private List<Kept> all() {
        List<Kept> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path f : files) {
                try {
                    out.add(read(f));
                } catch (IOException | RuntimeException e) {
                    // Never half-written (atomic rename); something else damaged it. Leave it for a person.
                    LOG.log(Level.WARNING, "Unreadable recovery record " + f + " left in place", e);
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.recovery.notReadable", folder.toString());
        }
        return out;
    }

    private static Kept read(Path f) throws IOException {
        JsonNode n = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        JsonNode release = n.get("releaseId");
        Recovery r = new Recovery(UUID.fromString(n.get("id").asText()), UUID.fromString(n.get("userId").asText()),
                release == null || release.isNull() ? null : UUID.fromString(release.asText()),
                ReleaseType.valueOf(n.get("type").asText()), ContentJson.read(n.get("content").asText()),
                Instant.parse(n.get("savedAt").asText()));
        return new Kept(r, n.path("shared").asBoolean(false));
    }

    private Path file(UUID id) {
        return folder.resolve(id + SUFFIX);
    }
}
