package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import id.humasdesk.model.UserFacingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The table of contents of a bundle, whose exact bytes the office signs. */
public record Manifest(
        UUID bundleId,
        OfficeInfo office,
        Instant createdAt,
        Creator createdBy,
        UUID previousBundleId,
        PublicKeyInfo key,
        PublicKeyInfo nextKey,
        int itemCount,
        List<FileEntry> files) {

    public Manifest {
        files = List.copyOf(files);
    }

    /** The sending office as the manifest names it. */
    public record OfficeInfo(String code, String name, String level, String province, String zone) {
    }

    public record Creator(String username, String fullName) {
    }

    public record FileEntry(String path, long size, String sha256) {
    }

    public byte[] toBytes() {
        Map<String, Object> m = new TreeMap<>();
        m.put("format", NinjsMapper.obj("name", BundleFormat.NAME, "version", BundleFormat.VERSION));
        m.put("bundleId", bundleId.toString());
        Map<String, Object> o = NinjsMapper.obj("code", office.code(), "name", office.name(), "level", office.level(),
                "zone", office.zone());
        if (office.province() != null) {
            o.put("province", office.province());
        }
        m.put("office", o);
        m.put("createdAt", createdAt.toString());
        m.put("createdBy", NinjsMapper.obj("username", createdBy.username(), "fullName", createdBy.fullName()));
        if (previousBundleId != null) {
            m.put("previousBundleId", previousBundleId.toString());
        }
        m.put("key", key.toMap());
        if (nextKey != null) {
            m.put("nextKey", nextKey.toMap());
        }
        m.put("itemCount", itemCount);
        List<Object> f = new ArrayList<>();
        for (FileEntry e : files) {
            Map<String, Object> x = NinjsMapper.obj("path", e.path(), "sha256", e.sha256());
            x.put("size", e.size());
            f.add(x);
        }
        m.put("files", f);
        return CanonicalJson.write(m);
    }

    /** Reads a manifest that already passed the manifest schema. */
    public static Manifest fromJson(JsonNode n) {
        JsonNode o = n.path("office");
        List<FileEntry> files = new ArrayList<>();
        for (JsonNode f : n.path("files")) {
            String path = f.path("path").asText();
            files.add(new FileEntry(path, whole(f.path("size"), path, Long.MAX_VALUE), f.path("sha256").asText()));
        }
        return new Manifest(UUID.fromString(n.path("bundleId").asText()),
                new OfficeInfo(o.path("code").asText(), o.path("name").asText(), o.path("level").asText(),
                        o.has("province") ? o.path("province").asText() : null, o.path("zone").asText()),
                Instant.parse(n.path("createdAt").asText()),
                new Creator(n.path("createdBy").path("username").asText(), n.path("createdBy").path("fullName").asText()),
                n.has("previousBundleId") ? UUID.fromString(n.path("previousBundleId").asText()) : null,
                key(n.path("key")), n.has("nextKey") ? key(n.path("nextKey")) : null,
                (int) whole(n.path("itemCount"), "itemCount", Integer.MAX_VALUE), files);
    }

    /**
     * A count or size exactly as written: a whole number from 0 to {@code max}, never cut to fit
     * (Jackson's asInt and asLong wrap 2^32 + 5 to 5 and 2^64 + 5 to 5 without a word).
     */
    static long whole(JsonNode v, String what, long max) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0 || v.longValue() > max) {
            String shown = v == null || v.isMissingNode() ? "" : v.toString();
            throw new UserFacingException("bundle.verify.numberOutOfRange", what,
                    shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
        }
        return v.longValue();
    }

    private static PublicKeyInfo key(JsonNode k) {
        return new PublicKeyInfo(k.path("algorithm").asText(), k.path("publicKey").asText(),
                k.path("fingerprint").asText());
    }
}
