package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Photo;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Reads an item written by {@link NinjsMapper} back into release data. Runs only on items that
 * passed the item schema, so shapes are known; values are still checked where the schema cannot.
 */
public final class NinjsReader {
    private NinjsReader() {
    }

    public static ReceivedItem read(JsonNode n, String path, String json, String sha256) {
        try {
            UUID id = UUID.fromString(n.path("uri").asText().substring("urn:uuid:".length()));
            JsonNode x = extension(n);
            List<Narasumber> people = new ArrayList<>();
            x.path("narasumber").forEach(p -> people.add(new Narasumber(p.path("name").asText(),
                    p.path("title").asText(), p.path("topic").asText())));
            List<String> tags = new ArrayList<>();
            String tahapan = "";
            for (JsonNode s : n.path("subjects")) {
                if (NinjsMapper.REL_TAHAPAN.equals(s.path("rel").asText())) {
                    tahapan = s.path("name").asText();
                } else {
                    tags.add(s.path("name").asText());
                }
            }
            List<Photo> photos = new ArrayList<>();
            for (JsonNode a : n.path("associations")) {
                photos.add(photo(a));
            }
            String contentCreated = n.path("contentcreated").asText(null);
            LocalDate dateline = contentCreated == null ? null : OffsetDateTime.parse(contentCreated).toLocalDate();
            ReleaseContent content = new ReleaseContent(
                    find(n.path("headlines"), "role", "main").path("value").asText(),
                    find(n.path("headlines"), "role", "sub").path("value").asText(),
                    n.path("located").asText(), dateline,
                    find(n.path("descriptions"), "role", "lead").path("value").asText(),
                    paragraphs(find(n.path("bodies"), "role", "main").path("value").asText(),
                            x.path("paragraphLengths")),
                    people, tags, tahapan, x.path("contactPerson").asText(), n.path("by").asText(),
                    x.path("closing").asText(), photos);
            JsonNode number = find(n.path("altids"), "role", NinjsMapper.NUMBER_ROLE).path("value");
            String embargoed = n.path("embargoed").asText(null);
            return new ReceivedItem(id, Long.parseLong(n.path("version").asText()), x.path("officeCode").asText(),
                    number.isMissingNode() ? null : number.asText(),
                    ReleaseType.valueOf(n.path("genres").path(0).path("literal").asText()),
                    ReleaseStatus.valueOf(x.path("status").asText()), n.path("pubstatus").asText(),
                    embargoed == null ? null : OffsetDateTime.parse(embargoed).toInstant(), Instant.parse(n.path("firstcreated").asText()), Instant.parse(n.path("versioncreated").asText()),
                    content, json, sha256);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "bundle.verify.itemUnreadable", path);
        }
    }

    /** The extension of an item that passed the item schema, as a tree. */
    static JsonNode extension(JsonNode item) throws IOException {
        return CanonicalJson.read(find(item.path("descriptions"), "role", NinjsMapper.EXTENSION_ROLE)
                .path("value").asText().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The channel plans and history an item carries (none in items of earlier versions). Lenient:
     * an entry this version cannot read is left out rather than hiding the whole release.
     */
    public static ItemTrail trail(JsonNode item) {
        JsonNode x;
        try {
            x = extension(item);
        } catch (IOException | RuntimeException e) {
            return ItemTrail.NONE;
        }
        List<ItemTrail.PlanLine> plans = new ArrayList<>();
        for (JsonNode p : x.path("channelPlans")) {
            try {
                plans.add(new ItemTrail.PlanLine(p.path("channel").asText(), Instant.parse(p.path("at").asText()),
                        p.path("state").asText(), p.path("postedUrl").asText(), instant(p.path("embargoUntil"))));
            } catch (RuntimeException skipped) {
                // an entry in a shape this version does not know
            }
        }
        List<ItemTrail.HistoryLine> history = new ArrayList<>();
        for (JsonNode e : x.path("history")) {
            try {
                history.add(new ItemTrail.HistoryLine(Instant.parse(e.path("at").asText()), e.path("action").asText(),
                        e.path("from").asText(null), e.path("to").asText(null), e.path("actor").asText(),
                        e.path("reason").asText(), e.path("revision").asInt()));
            } catch (RuntimeException skipped) {
                // as above
            }
        }
        return new ItemTrail(plans, history);
    }

    /**
     * SHA-256 of what the office wrote, leaving out what describes the moment of export: the
     * publication status, the embargo, the channel plans and the history. Two copies of one
     * version that agree here differ only in their state, which is no conflict (decision 0310).
     */
    public static String contentHash(String json) {
        try {
            JsonNode n = CanonicalJson.read(json.getBytes(StandardCharsets.UTF_8));
            ObjectNode item = (ObjectNode) n;
            item.remove(List.of("pubstatus", "embargoed"));
            ObjectNode x = (ObjectNode) extension(item);
            x.remove(List.of("channelPlans", "history"));
            for (JsonNode d : item.path("descriptions")) {
                if (NinjsMapper.EXTENSION_ROLE.equals(d.path("role").asText())) {
                    ((ObjectNode) d).put("value", CanonicalJson.writeString(x));
                }
            }
            return HexFormat.of().formatHex(Ed25519.sha256(CanonicalJson.write(item)));
        } catch (IOException | RuntimeException e) {
            // unreadable as an item: only identical bytes count as the same
            return HexFormat.of().formatHex(Ed25519.sha256(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static Instant instant(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : Instant.parse(n.asText());
    }

    /** Cuts the plain body at the recorded paragraph lengths; the separators must be blank lines. */
    static List<String> paragraphs(String body, JsonNode lengths) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (JsonNode len : lengths) {
            if (at > 0) {
                if (!body.startsWith("\n\n", at)) {
                    throw new IllegalArgumentException("paragraph lengths do not fit the body");
                }
                at += 2;
            }
            int end = at + len.asInt();
            out.add(body.substring(at, end));
            at = end;
        }
        if (at != body.length()) {
            throw new IllegalArgumentException("paragraph lengths do not cover the body");
        }
        return out;
    }

    private static Photo photo(JsonNode a) {
        String uri = a.path("uri").asText();
        String hex = HexFormat.of().formatHex(Base64.getUrlDecoder().decode(uri.substring("ni:///sha-256;".length())));
        JsonNode r = a.path("renditions").path(0);
        String ext = "image/png".equals(r.path("contenttype").asText()) ? "png" : "jpg";
        return new Photo(hex, BundleFormat.mediaType(ext), r.path("sizeinbytes").asLong(),
                find(a.path("descriptions"), "role", "caption").path("value").asText(), a.path("by").asText());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode e : array) {
            if (value.equals(e.path(field).asText())) {
                return e;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
