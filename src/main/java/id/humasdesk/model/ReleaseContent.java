package id.humasdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything a writer types into a release. Immutable: the editor builds a new one on every save,
 * and each save is kept as a revision.
 */
public record ReleaseContent(
        String headline,
        String subheadline,
        String datelinePlace,
        LocalDate datelineDate,
        String lead,
        List<String> paragraphs,
        List<Narasumber> narasumber,
        List<String> tags,
        String tahapan,
        String contactPerson,
        String authorLine,
        String closing,
        List<Photo> photos) {

    public ReleaseContent {
        headline = TextUtil.clean(headline);
        subheadline = TextUtil.clean(subheadline);
        datelinePlace = TextUtil.clean(datelinePlace);
        lead = TextUtil.clean(lead);
        paragraphs = paragraphs == null ? List.of()
                : paragraphs.stream().map(TextUtil::clean).filter(p -> !p.isEmpty()).toList();
        narasumber = narasumber == null ? List.of()
                : narasumber.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).toList();
        tags = tags == null ? List.of()
                : tags.stream().map(TextUtil::clean).filter(t -> !t.isEmpty()).distinct().toList();
        tahapan = TextUtil.clean(tahapan);
        contactPerson = TextUtil.clean(contactPerson);
        authorLine = TextUtil.clean(authorLine);
        closing = TextUtil.clean(closing);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public static ReleaseContent empty() {
        return new ReleaseContent("", "", "", null, "", List.of(), List.of(), List.of(), "", "", "", "", List.of());
    }

    /** Body paragraphs joined by blank lines, as a reader would see them. */
    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    /** Words in headline, lead and body: what a journalist would count. */
    public int wordCount() {
        return TextUtil.countWords(headline) + TextUtil.countWords(lead) + TextUtil.countWords(bodyText());
    }

    public int characterCount() {
        return headline.length() + lead.length() + bodyText().length();
    }

    /** Lower-cased text the quick filter looks in. */
    public String searchText() {
        return (headline + "\n" + subheadline + "\n" + lead + "\n" + bodyText() + "\n"
                + narasumber.stream().map(n -> n.name() + " " + n.title()).collect(Collectors.joining("\n")) + "\n"
                + String.join(" ", tags)).toLowerCase(java.util.Locale.ROOT);
    }

    public ReleaseContent withHeadline(String v) {
        return new ReleaseContent(v, subheadline, datelinePlace, datelineDate, lead, paragraphs, narasumber, tags,
                tahapan, contactPerson, authorLine, closing, photos);
    }

    public ReleaseContent withParagraphs(List<String> v) {
        return new ReleaseContent(headline, subheadline, datelinePlace, datelineDate, lead, v, narasumber, tags,
                tahapan, contactPerson, authorLine, closing, photos);
    }

    public ReleaseContent withPhotos(List<Photo> v) {
        return new ReleaseContent(headline, subheadline, datelinePlace, datelineDate, lead, paragraphs, narasumber,
                tags, tahapan, contactPerson, authorLine, closing, v);
    }
}
