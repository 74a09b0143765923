package id.humasdesk.logic.check;

import id.humasdesk.model.ReleaseContent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a check knows beyond the dictionaries: the words the writer chose to ignore in this
 * release, the names that appear in its structured fields (narasumber, photo credits, the office)
 * and the office name whose spelling the house style keeps consistent.
 *
 * @param ignored    words and phrases ignored in this release, exactly as written
 * @param names      capitalised words taken as names in this release
 * @param officeName the office's name, e.g. "Bawaslu Kabupaten Kaur"; empty when unknown
 */
public record CheckContext(Set<String> ignored, Set<String> names, String officeName) {
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

    public CheckContext {
        ignored = Set.copyOf(ignored);
        names = Set.copyOf(names);
        officeName = officeName == null ? "" : officeName.strip();
    }

    /** No ignores, no names, no office. */
    public static CheckContext none() {
        return new CheckContext(Set.of(), Set.of(), "");
    }

    /** A plain text of an office: its name's words count as names. */
    public static CheckContext forOffice(String officeName) {
        Set<String> names = new LinkedHashSet<>();
        addNames(names, officeName);
        return new CheckContext(Set.of(), names, officeName);
    }

    /** A release: names come from narasumber, photo credits, contact, author line and dateline. */
    public static CheckContext forRelease(ReleaseContent content, String officeName, Collection<String> ignored) {
        Set<String> names = new LinkedHashSet<>();
        addNames(names, officeName);
        content.narasumber().forEach(n -> addNames(names, n.name()));
        content.photos().forEach(p -> addNames(names, p.credit()));
        addNames(names, content.contactPerson());
        addNames(names, content.authorLine());
        addNames(names, content.datelinePlace());
        return new CheckContext(Set.copyOf(ignored), names, officeName);
    }

    public CheckContext withIgnored(String word) {
        Set<String> more = new LinkedHashSet<>(ignored);
        more.add(word);
        return new CheckContext(more, names, officeName);
    }

    public boolean isIgnored(String word) {
        return ignored.contains(word);
    }

    private static void addNames(Set<String> names, String text) {
        if (text == null) {
            return;
        }
        Matcher m = NAME_WORD.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
    }
}
