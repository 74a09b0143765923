package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Office;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The fast path of {@link NinjsMapper}: the same document streamed straight to canonical bytes,
 * keys written in sorted order by hand instead of through sorted maps. Export writes thousands of
 * items; a test holds these bytes equal to {@code CanonicalJson.write(NinjsMapper.map(...))}.
 */
public final class NinjsWriter {
    private NinjsWriter() {
    }

    public static byte[] write(Release r, Office office) {
        return write(r, office, ItemTrail.NONE, null);
    }

    /** The item with its trail, withheld while a plan's embargo lies after {@code exportedAt}. */
    public static byte[] write(Release r, Office office, ItemTrail trail, Instant exportedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            // The extension is written first, with its own generator: while the item's generator
            // is open it holds this thread's recycled Jackson buffers, and a second generator
            // would allocate fresh ones for every item (issue 16: 12 KB per item, the largest
            // source of garbage in an export).
            String extension = extension(r, trail);
            try (JsonGenerator g = CanonicalJson.mapper().getFactory().createGenerator(out)) {
                item(g, r, office, extension, NinjsMapper.embargoed(r, trail, exportedAt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void item(JsonGenerator g, Release r, Office office, String extension, Instant embargoed)
            throws IOException {
        ReleaseContent c = r.content();
        g.writeStartObject();
        if (r.number() != null) {
            g.writeArrayFieldStart("altids");
            roleValue(g, NinjsMapper.NUMBER_ROLE, r.number());
            g.writeEndArray();
        }
        if (!c.photos().isEmpty()) {
            g.writeArrayFieldStart("associations");
            for (int i = 0; i < c.photos().size(); i++) {
                photo(g, c.photos().get(i), i + 1);
            }
            g.writeEndArray();
        }
        String body = c.bodyText();
        g.writeArrayFieldStart("bodies");
        g.writeStartObject();
        g.writeNumberField("charcount", body.length());
        g.writeStringField("contenttype", "text/plain");
        g.writeStringField("role", "main");
        g.writeStringField("value", body);
        g.writeNumberField("wordcount", NinjsMapper.countWords(body));
        g.writeEndObject();
        g.writeEndArray();
        if (!c.authorLine().isEmpty()) {
            g.writeStringField("by", c.authorLine());
        }
        if (c.datelineDate() != null) {
            g.writeStringField("contentcreated", c.datelineDate().atStartOfDay(office.zone()).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        g.writeStringField("copyrightholder", office.name());
        g.writeArrayFieldStart("descriptions");
        if (!c.lead().isEmpty()) {
            roleValue(g, "lead", c.lead());
        }
        g.writeStartObject();
        g.writeStringField("contenttype", NinjsMapper.EXTENSION_TYPE);
        g.writeStringField("role", NinjsMapper.EXTENSION_ROLE);
        g.writeStringField("value", extension);
        g.writeEndObject();
        g.writeEndArray();
        if (embargoed != null) {
            g.writeStringField("embargoed", embargoed.toString());
        }
        g.writeStringField("firstcreated", r.createdAt().toString());
        g.writeArrayFieldStart("genres");
        g.writeStartObject();
        g.writeStringField("literal", r.type().name());
        g.writeStringField("name", r.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("headlines");
        roleValue(g, "main", c.headline());
        if (!c.subheadline().isEmpty()) {
            roleValue(g, "sub", c.subheadline());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("infosources");
        party(g, office, "role");
        g.writeEndArray();
        g.writeStringField("language", "id");
        if (!c.datelinePlace().isEmpty()) {
            g.writeStringField("located", c.datelinePlace());
        }
        g.writeArrayFieldStart("organisations");
        party(g, office, "rel");
        g.writeEndArray();
        if (!c.narasumber().isEmpty()) {
            g.writeArrayFieldStart("people");
            for (Narasumber p : c.narasumber()) {
                nameRel(g, p.name(), NinjsMapper.REL_NARASUMBER);
            }
            g.writeEndArray();
        }
        g.writeStringField("profile", NinjsMapper.PROFILE);
        g.writeStringField("pubstatus", NinjsMapper.pubstatus(r.status(), embargoed));
        g.writeStringField("representationtype", "full");
        g.writeObjectFieldStart("standard");
        g.writeStringField("name", "ninjs");
        g.writeStringField("schema", NinjsMapper.SCHEMA_URI);
        g.writeStringField("version", "2.2");
        g.writeEndObject();
        if (!c.tags().isEmpty() || !c.tahapan().isEmpty()) {
            g.writeArrayFieldStart("subjects");
            for (String t : c.tags()) {
                nameRel(g, t, NinjsMapper.REL_TAG);
            }
            if (!c.tahapan().isEmpty()) {
                nameRel(g, c.tahapan(), NinjsMapper.REL_TAHAPAN);
            }
            g.writeEndArray();
        }
        g.writeStringField("type", "text");
        g.writeStringField("uri", NinjsMapper.releaseUri(r));
        g.writeStringField("version", Long.toString(r.version()));
        g.writeStringField("versioncreated", r.updatedAt().toString());
        g.writeEndObject();
    }

    private static void photo(JsonGenerator g, Photo p, int index) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("altids");
        roleValue(g, NinjsMapper.BUNDLE_PATH_ROLE, BundleFormat.mediaPath(p.sha256(), p.extension()));
        g.writeEndArray();
        if (!p.credit().isEmpty()) {
            g.writeStringField("by", p.credit());
        }
        if (!p.caption().isEmpty()) {
            g.writeArrayFieldStart("descriptions");
            roleValue(g, "caption", p.caption());
            g.writeEndArray();
        }
        g.writeStringField("name", "photo-" + index);
        g.writeArrayFieldStart("renditions");
        g.writeStartObject();
        g.writeStringField("contenttype", BundleFormat.mediaType(p.extension()));
        g.writeStringField("name", "original");
        g.writeNumberField("sizeinbytes", p.size());
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("type", "picture");
        g.writeStringField("uri", NinjsMapper.photoUri(p.sha256()));
        g.writeEndObject();
    }

    private static String extension(Release r, ItemTrail trail) throws IOException {
        ReleaseContent c = r.content();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = CanonicalJson.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            if (!trail.plans().isEmpty()) {
                g.writeArrayFieldStart("channelPlans");
                for (ItemTrail.PlanLine p : trail.plans()) {
                    plan(g, p);
                }
                g.writeEndArray();
            }
            g.writeStringField("closing", c.closing());
            g.writeStringField("contactPerson", c.contactPerson());
            if (!trail.history().isEmpty()) {
                g.writeArrayFieldStart("history");
                for (ItemTrail.HistoryLine e : trail.history()) {
                    event(g, e);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("narasumber");
            for (Narasumber p : c.narasumber()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("title", p.title());
                g.writeStringField("topic", p.topic());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("officeCode", r.officeCode());
            g.writeArrayFieldStart("paragraphLengths");
            for (String p : c.paragraphs()) {
                g.writeNumber(p.length());
            }
            g.writeEndArray();
            g.writeStringField("status", r.status().name());
            g.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void plan(JsonGenerator g, ItemTrail.PlanLine p) throws IOException {
        g.writeStartObject();
        g.writeStringField("at", p.at().toString());
        g.writeStringField("channel", p.channel());
        if (p.embargoUntil() != null) {
            g.writeStringField("embargoUntil", p.embargoUntil().toString());
        }
        g.writeStringField("postedUrl", p.postedUrl());
        g.writeStringField("state", p.state());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, ItemTrail.HistoryLine e) throws IOException {
        g.writeStartObject();
        g.writeStringField("action", e.action());
        g.writeStringField("actor", e.actor());
        g.writeStringField("at", e.at().toString());
        if (e.from() != null) {
            g.writeStringField("from", e.from());
        }
        g.writeStringField("reason", e.reason());
        g.writeNumberField("revision", e.revision());
        if (e.to() != null) {
            g.writeStringField("to", e.to());
        }
        g.writeEndObject();
    }

    private static void party(JsonGenerator g, Office office, String relationField) throws IOException {
        g.writeStartObject();
        g.writeStringField("literal", office.code());
        g.writeStringField("name", office.name());
        g.writeStringField(relationField, "originator");
        g.writeEndObject();
    }

    private static void roleValue(JsonGenerator g, String role, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        g.writeStringField("value", value);
        g.writeEndObject();
    }

    private static void nameRel(JsonGenerator g, String name, String rel) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("rel", rel);
        g.writeEndObject();
    }
}
