package id.humasdesk.logic.bundle;

import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Office;
import id.humasdesk.model.Photo;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One release version as an IPTC ninjs 2.2 document (decision 0300). Standard fields carry all
 * they can; what ninjs has no place for travels in one typed description, the extension, which
 * also carries the channel plans and audit history at export time (decision 0310).
 */
public final class NinjsMapper {
    public static final String PROFILE = "humasdesk-release-1";
    public static final String SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";
    public static final String EXTENSION_ROLE = "humasdesk-extension";
    public static final String EXTENSION_TYPE = "application/vnd.humasdesk.release+json";
    public static final String NUMBER_ROLE = "release-number";
    public static final String BUNDLE_PATH_ROLE = "bundle-path";
    public static final String REL_NARASUMBER = "narasumber";
    public static final String REL_TAG = "tag";
    public static final String REL_TAHAPAN = "tahapan";

    private NinjsMapper() {
    }

    /** The ninjs document of this release without plans or history, as if nothing were embargoed. */
    public static Map<String, Object> map(Release r, Office office) {
        return map(r, office, ItemTrail.NONE, null);
    }

    /**
     * The ninjs document of this release as sorted maps, ready for {@link CanonicalJson#write}:
     * with its trail, and withheld while a plan's embargo lies after {@code exportedAt}.
     */
    public static Map<String, Object> map(Release r, Office office, ItemTrail trail, Instant exportedAt) {
        ReleaseContent c = r.content();
        Instant embargoed = embargoed(r, trail, exportedAt);
        Map<String, Object> n = new TreeMap<>();
        n.put("uri", releaseUri(r));
        n.put("type", "text");
        n.put("representationtype", "full");
        n.put("profile", PROFILE);
        n.put("standard", obj("name", "ninjs", "version", "2.2", "schema", SCHEMA_URI));
        n.put("version", Long.toString(r.version()));
        n.put("firstcreated", r.createdAt().toString());
        n.put("versioncreated", r.updatedAt().toString());
        if (c.datelineDate() != null) {
            n.put("contentcreated", c.datelineDate().atStartOfDay(office.zone()).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        n.put("pubstatus", pubstatus(r.status(), embargoed));
        if (embargoed != null) {
            n.put("embargoed", embargoed.toString());
        }
        n.put("language", "id");
        n.put("copyrightholder", office.name());
        n.put("genres", List.of(obj("name", r.type().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                "literal", r.type().name())));
        if (r.number() != null) {
            n.put("altids", List.of(obj("role", NUMBER_ROLE, "value", r.number())));
        }
        List<Object> headlines = new ArrayList<>();
        headlines.add(obj("role", "main", "value", c.headline()));
        if (!c.subheadline().isEmpty()) {
            headlines.add(obj("role", "sub", "value", c.subheadline()));
        }
        n.put("headlines", headlines);
        List<Object> descriptions = new ArrayList<>();
        if (!c.lead().isEmpty()) {
            descriptions.add(obj("role", "lead", "value", c.lead()));
        }
        descriptions.add(obj("role", EXTENSION_ROLE, "contenttype", EXTENSION_TYPE,
                "value", CanonicalJson.writeString(extension(r, trail))));
        n.put("descriptions", descriptions);
        String body = c.bodyText();
        Map<String, Object> plain = obj("role", "main", "contenttype", "text/plain", "value", body);
        plain.put("charcount", body.length());
        plain.put("wordcount", countWords(body));
        n.put("bodies", List.of(plain));
        if (!c.authorLine().isEmpty()) {
            n.put("by", c.authorLine());
        }
        if (!c.datelinePlace().isEmpty()) {
            n.put("located", c.datelinePlace());
        }
        Map<String, Object> origin = obj("name", office.name(), "literal", office.code(), "role", "originator");
        n.put("infosources", List.of(origin));
        n.put("organisations", List.of(obj("name", office.name(), "literal", office.code(), "rel", "originator")));
        if (!c.narasumber().isEmpty()) {
            n.put("people", c.narasumber().stream()
                    .<Object>map(p -> obj("name", p.name(), "rel", REL_NARASUMBER)).toList());
        }
        List<Object> subjects = new ArrayList<>();
        c.tags().forEach(t -> subjects.add(obj("name", t, "rel", REL_TAG)));
        if (!c.tahapan().isEmpty()) {
            subjects.add(obj("name", c.tahapan(), "rel", REL_TAHAPAN));
        }
        if (!subjects.isEmpty()) {
            n.put("subjects", subjects);
        }
        if (!c.photos().isEmpty()) {
            List<Object> photos = new ArrayList<>();
            for (int i = 0; i < c.photos().size(); i++) {
                photos.add(photo(c.photos().get(i), i + 1));
            }
            n.put("associations", photos);
        }
        return n;
    }

    public static String releaseUri(Release r) {
        return "urn:uuid:" + r.id();
    }

    /** canceled once withdrawn, withheld while embargoed, else usable. */
    public static String pubstatus(ReleaseStatus s, Instant embargoed) {
        return s == ReleaseStatus.WITHDRAWN ? "canceled" : embargoed != null ? "withheld" : "usable";
    }

    /**
     * The earliest embargo still ahead at export time; none for a withdrawn release, whose
     * cancellation says more than any embargo could.
     */
    static Instant embargoed(Release r, ItemTrail trail, Instant exportedAt) {
        return r.status() == ReleaseStatus.WITHDRAWN ? null : trail.embargoAfter(exportedAt);
    }

    /** RFC 6920 name of a photo by its content hash: {@code ni:///sha-256;<base64url>}. */
    public static String photoUri(String sha256Hex) {
        return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                HexFormat.of().parseHex(sha256Hex));
    }

    private static Map<String, Object> photo(Photo p, int index) {
        Map<String, Object> a = obj("name", "photo-" + index, "uri", photoUri(p.sha256()), "type", "picture");
        if (!p.caption().isEmpty()) {
            a.put("descriptions", List.of(obj("role", "caption", "value", p.caption())));
        }
        if (!p.credit().isEmpty()) {
            a.put("by", p.credit());
        }
        Map<String, Object> rendition = obj("name", "original", "contenttype", BundleFormat.mediaType(p.extension()));
        rendition.put("sizeinbytes", p.size());
        a.put("renditions", List.of(rendition));
        a.put("altids", List.of(obj("role", BUNDLE_PATH_ROLE, "value", BundleFormat.mediaPath(p.sha256(),
                p.extension()))));
        return a;
    }

    /**
     * Data without a ninjs home. {@code paragraphLengths} keeps paragraph boundaries exact (a
     * paragraph may itself contain blank lines) without a second, rich-text copy of the body.
     * {@code channelPlans} and {@code history} appear only when there is something to say, so an
     * item without them is byte for byte what earlier versions wrote.
     */
    private static Map<String, Object> extension(Release r, ItemTrail trail) {
        ReleaseContent c = r.content();
        Map<String, Object> x = new TreeMap<>();
        x.put("status", r.status().name());
        x.put("officeCode", r.officeCode());
        List<Object> people = new ArrayList<>();
        for (Narasumber p : c.narasumber()) {
            people.add(obj("name", p.name(), "title", p.title(), "topic", p.topic()));
        }
        x.put("narasumber", people);
        x.put("contactPerson", c.contactPerson());
        x.put("paragraphLengths", c.paragraphs().stream().map(String::length).toList());
        x.put("closing", c.closing());
        if (!trail.plans().isEmpty()) {
            x.put("channelPlans", trail.plans().stream().<Object>map(NinjsMapper::plan).toList());
        }
        if (!trail.history().isEmpty()) {
            x.put("history", trail.history().stream().<Object>map(NinjsMapper::event).toList());
        }
        return x;
    }

    private static Map<String, Object> plan(ItemTrail.PlanLine p) {
        Map<String, Object> m = obj("channel", p.channel(), "at", p.at().toString(), "state", p.state(),
                "postedUrl", p.postedUrl());
        if (p.embargoUntil() != null) {
            m.put("embargoUntil", p.embargoUntil().toString());
        }
        return m;
    }

    private static Map<String, Object> event(ItemTrail.HistoryLine e) {
        Map<String, Object> m = obj("at", e.at().toString(), "action", e.action(), "actor", e.actor(),
                "reason", e.reason());
        m.put("revision", e.revision());
        if (e.from() != null) {
            m.put("from", e.from());
        }
        if (e.to() != null) {
            m.put("to", e.to());
        }
        return m;
    }

    /**
     * Words as {@link id.humasdesk.model.TextUtil#countWords} counts them (letters or digits, joined
     * by - ' ’ or .), in one pass without a regular expression: export maps thousands of bodies.
     */
    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char ch = text.charAt(i);
            int cp = Character.isSurrogate(ch) ? text.codePointAt(i) : ch;
            int next = i + Character.charCount(cp);
            if (wordChar(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && (cp == '-' || cp == '\'' || cp == '\u2019' || cp == '.') && next < n
                    && wordChar(text.codePointAt(next))) {
                inWord = true;
            } else {
                inWord = false;
            }
            i = next;
        }
        return words;
    }

    /** Letters and digits; a table for ASCII, which is nearly all of a release (profiled: 12% of export). */
    private static boolean wordChar(int cp) {
        return cp < ASCII_WORD.length ? ASCII_WORD[cp] : Character.isLetterOrDigit(cp);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
