package id.humasdesk.logic.review;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.ReleaseContent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Word-level differences between two versions of a release, field by field, as segments a view
 * can colour (inserted, deleted, unchanged). Built on java-diff-utils.
 */
public final class RevisionCompare {
    private static final String DEL_OPEN = "\u0001";
    private static final String DEL_CLOSE = "\u0002";
    private static final String INS_OPEN = "\u0003";
    private static final String INS_CLOSE = "\u0004";
    private static final Pattern MARK = Pattern.compile("[\u0001-\u0004]");

    /** A piece of text and what happened to it. */
    public record Segment(String text, Kind kind) {
    }

    /** What happened to a segment between the two versions. */
    public enum Kind { SAME, INSERTED, DELETED }

    /** One field of the release with its segments; {@code changed} false when identical. */
    public record FieldDiff(String field, boolean changed, List<Segment> segments) {
    }

    private final DiffRowGenerator generator = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .mergeOriginalRevised(true)
            .inlineDiffByWord(true)
            .oldTag(open -> open ? DEL_OPEN : DEL_CLOSE)
            .newTag(open -> open ? INS_OPEN : INS_CLOSE)
            .lineNormalizer(line -> line)
            .build();

    /** Field keys are message keys of the editor labels, so the view can show them translated. */
    public List<FieldDiff> compare(ReleaseContent older, ReleaseContent newer) {
        List<FieldDiff> out = new ArrayList<>();
        out.add(field("editor.headline", older, newer, ReleaseContent::headline));
        out.add(field("editor.subheadline", older, newer, ReleaseContent::subheadline));
        out.add(field("editor.dateline", older, newer, c -> c.datelinePlace() + ", "
                + (c.datelineDate() == null ? "" : c.datelineDate().toString())));
        out.add(field("editor.lead", older, newer, ReleaseContent::lead));
        out.add(field("editor.body", older, newer, c -> String.join("\n", c.paragraphs())));
        out.add(field("editor.narasumber", older, newer, c -> c.narasumber().stream()
                .map(RevisionCompare::describe).collect(Collectors.joining("\n"))));
        out.add(field("editor.tags", older, newer, c -> String.join(", ", c.tags())));
        out.add(field("editor.tahapan", older, newer, ReleaseContent::tahapan));
        out.add(field("editor.contact", older, newer, ReleaseContent::contactPerson));
        out.add(field("editor.closing", older, newer, ReleaseContent::closing));
        out.add(field("editor.photos", older, newer, c -> c.photos().stream()
                .map(p -> p.caption() + " (" + p.credit() + ")").collect(Collectors.joining("\n"))));
        return out;
    }

    private static String describe(Narasumber n) {
        return n.name() + " — " + n.title() + (n.topic().isEmpty() ? "" : " — " + n.topic());
    }

    private FieldDiff field(String key, ReleaseContent a, ReleaseContent b, Function<ReleaseContent, String> get) {
        String x = get.apply(a);
        String y = get.apply(b);
        if (x.equals(y)) {
            return new FieldDiff(key, false, x.isEmpty() ? List.of() : List.of(new Segment(x, Kind.SAME)));
        }
        List<DiffRow> rows = generator.generateDiffRows(lines(x), lines(y));
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                segments.add(new Segment("\n", Kind.SAME));
            }
            parse(rows.get(i).getOldLine(), segments);
        }
        return new FieldDiff(key, true, merge(segments));
    }

    private static List<String> lines(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\n", -1));
    }

    private static void parse(String marked, List<Segment> out) {
        Matcher m = MARK.matcher(marked);
        Kind kind = Kind.SAME;
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new Segment(marked.substring(last, m.start()), kind));
            }
            String tag = m.group();
            kind = switch (tag) {
                case DEL_OPEN -> Kind.DELETED;
                case INS_OPEN -> Kind.INSERTED;
                default -> Kind.SAME;
            };
            last = m.end();
        }
        if (last < marked.length()) {
            out.add(new Segment(marked.substring(last), kind));
        }
    }

    private static List<Segment> merge(List<Segment> in) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : in) {
            if (!out.isEmpty() && out.get(out.size() - 1).kind() == s.kind()) {
                Segment prev = out.remove(out.size() - 1);
                out.add(new Segment(prev.text() + s.text(), s.kind()));
            } else if (!s.text().isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
