package id.humasdesk.logic.publish;

import id.humasdesk.model.Narasumber;
import id.humasdesk.model.ReleaseType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One release laid out for output: every text already in its printed form, photos resolved to
 * files. All renderers (PDF, DOCX, HTML, card, WhatsApp) read only this, so they say the same.
 *
 * @param draft         true when the release is not approved: outputs carry a watermark
 * @param revisionTime  when the rendered revision was saved; the fixed timestamp of every output
 */
public record ReleaseSheet(
        UUID releaseId,
        String number,
        ReleaseType type,
        String typeLabel,
        boolean draft,
        int revisionNumber,
        Instant revisionTime,
        LocalDate day,
        String dateText,
        String dateline,
        String headline,
        String subheadline,
        String lead,
        List<Block> body,
        List<Narasumber> narasumber,
        List<SheetPhoto> photos,
        String contact,
        String authorLine,
        String closing,
        boolean signed,
        String signPlaceDate,
        List<String> tags,
        String postedUrl,
        OfficeIdentity identity,
        Path logo,
        Path signature) {

    /** A body paragraph; quotes (paragraphs opening with a quotation mark) are set apart. */
    public record Block(String text, boolean quote) {
    }

    /** A photo with its stored file (null when the file went missing). */
    public record SheetPhoto(Path file, String caption, String credit) {
    }

    /** "SIARAN PERS Nomor: 012/HUMAS/..." style heading line. */
    public String numberLine() {
        return number == null || number.isBlank() ? "" : "Nomor: " + number;
    }

    public String fileStem() {
        String base = number == null || number.isBlank() ? releaseId.toString() : number;
        return base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
