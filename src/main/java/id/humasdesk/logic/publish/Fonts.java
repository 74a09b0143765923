package id.humasdesk.logic.publish;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled DejaVu fonts (Bitstream Vera licence, beside them in the jar): full Latin coverage
 * with diacritics, the same glyphs in every output whatever the system has installed.
 */
final class Fonts {
    static final String SERIF = "DejaVuSerif.ttf";
    static final String SERIF_BOLD = "DejaVuSerif-Bold.ttf";
    static final String SERIF_ITALIC = "DejaVuSerif-Italic.ttf";
    static final String SANS = "DejaVuSans.ttf";
    static final String SANS_BOLD = "DejaVuSans-Bold.ttf";
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<String, Font> AWT = new ConcurrentHashMap<>();

    private Fonts() {
    }

    static byte[] bytes(String name) {
        return BYTES.computeIfAbsent(name, n -> {
            try (InputStream in = Fonts.class.getResourceAsStream("/id/humasdesk/publish/fonts/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("Bundled font missing: " + n);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A Java2D font of the given size (cards and charts). */
    static Font awt(String name, float size) {
        Font base = AWT.computeIfAbsent(name, n -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes(n)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Bundled font unreadable: " + n, e);
            }
        });
        return base.deriveFont(size);
    }
}
