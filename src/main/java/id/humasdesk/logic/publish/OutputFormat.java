package id.humasdesk.logic.publish;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What one release can be turned into. */
public enum OutputFormat {
    PDF("pdf"),
    DOCX("docx"),
    HTML("html"),
    CARD("png"),
    WHATSAPP("txt");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "pdf", "docx", "html", "card", "whatsapp" as typed on the command line. */
    public static OutputFormat parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    /** Which outputs a channel of the given code gets (media: PDF and DOCX, Instagram: the card ...). */
    public static List<OutputFormat> forChannel(String channelCode) {
        String c = channelCode == null ? "" : channelCode.toUpperCase(Locale.ROOT);
        if (Set.of("INSTAGRAM", "FACEBOOK", "TIKTOK", "X").contains(c)) {
            return List.of(CARD);
        }
        return switch (c) {
            case "MEDIA" -> List.of(PDF, DOCX);
            case "WEBSITE" -> List.of(HTML);
            case "WHATSAPP" -> List.of(WHATSAPP);
            default -> List.of();
        };
    }
}
