package id.humasdesk.logic.publish;

import id.humasdesk.logic.common.Messages;

/** The release as a WhatsApp message: *bold* headline, lead, short body, the public link once posted. */
public final class WhatsAppText {
    /** WhatsApp cuts long messages behind "Read more"; keep the text to the first paragraphs. */
    static final int MAX_BODY_PARAGRAPHS = 3;

    private WhatsAppText() {
    }

    public static String of(ReleaseSheet s, Messages words) {
        StringBuilder t = new StringBuilder();
        t.append('*').append(plain(s.headline())).append("*\n");
        if (!s.subheadline().isEmpty()) {
            t.append('_').append(plain(s.subheadline())).append("_\n");
        }
        t.append('\n').append(s.dateline()).append(' ').append(s.lead()).append("\n");
        int n = 0;
        for (ReleaseSheet.Block b : s.body()) {
            if (n++ == MAX_BODY_PARAGRAPHS) {
                break;
            }
            t.append('\n').append(b.text()).append('\n');
        }
        if (!s.postedUrl().isEmpty()) {
            t.append('\n').append(words.get("publish.doc.readMore", s.postedUrl())).append('\n');
        }
        t.append('\n').append(s.identity().officeName()).append('\n');
        return t.toString();
    }

    /** Asterisks or underscores inside the headline would end the bold early. */
    private static String plain(String s) {
        return s.replace('*', '\u2217').replace('_', ' ');
    }
}
