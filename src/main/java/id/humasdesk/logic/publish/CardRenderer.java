package id.humasdesk.logic.publish;

import id.humasdesk.model.UserFacingException;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * Social cards drawn with Java2D (headless, no FX thread): photo, headline fitted in its box (the
 * size shrinks and lines wrap; a headline that cannot fit is refused), logo, office name, date.
 */
public final class CardRenderer {
    private static final Logger LOG = Logger.getLogger(CardRenderer.class.getName());
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    static final float MAX_HEADLINE_PT = 76;
    static final float MIN_HEADLINE_PT = 34;
    private static final int PAD = 64;

    /** A headline broken into lines at one size, and the space it takes. */
    public record Fitted(List<String> lines, float size, int lineHeight, int width, int height) {
    }

    /** What was drawn where: the headline box and the text actually inside it (for tests and previews). */
    public record Drawn(BufferedImage image, Rectangle headlineBox, Rectangle headlineText, Fitted headline) {
    }

    public byte[] render(ReleaseSheet s, CardLayout layout, CardLayout.Size size) {
        return png(draw(s, layout, size).image());
    }

    public Drawn draw(ReleaseSheet s, CardLayout layout, CardLayout.Size size) {
        int w = size.width();
        int h = size.height();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Color primary = Color.decode(s.identity().primaryColour());
            Color accent = Color.decode(s.identity().accentColour());
            BufferedImage photo = firstPhoto(s);
            BufferedImage logo = read(s.logo());
            Rectangle box;
            Color text;
            switch (layout) {
                case BAND -> {
                    int photoH = (int) (h * 0.56);
                    cover(g, photo, primary, new Rectangle(0, 0, w, photoH));
                    g.setColor(primary);
                    g.fillRect(0, photoH, w, h - photoH);
                    g.setColor(accent);
                    g.fillRect(0, photoH, w, 12);
                    box = new Rectangle(PAD, photoH + 12 + 44, w - 2 * PAD, h - photoH - 12 - 44 - 150);
                    text = Color.WHITE;
                    footer(g, s, logo, accent, Color.WHITE, h - 120, w);
                }
                case OVERLAY -> {
                    cover(g, photo, primary, new Rectangle(0, 0, w, h));
                    g.setPaint(new GradientPaint(0, h * 0.30f, new Color(0, 0, 0, 0), 0, h * 0.80f,
                            new Color(0, 0, 0, 215)));
                    g.fillRect(0, 0, w, h);
                    g.setPaint(new GradientPaint(0, 0, new Color(0, 0, 0, 150), 0, 200, new Color(0, 0, 0, 0)));
                    g.fillRect(0, 0, w, 200);
                    header(g, s, logo, Color.WHITE, w);
                    box = new Rectangle(PAD, (int) (h * 0.46), w - 2 * PAD, (int) (h * 0.54) - 190);
                    text = Color.WHITE;
                    dateLine(g, s, accent, PAD, h - 110);
                }
                default -> {
                    g.setPaint(new GradientPaint(0, 0, primary, 0, h, primary.darker()));
                    g.fillRect(0, 0, w, h);
                    header(g, s, logo, Color.WHITE, w);
                    int frameTop = 190;
                    int frameH = (int) (h * 0.42);
                    Rectangle frame = new Rectangle(PAD, frameTop, w - 2 * PAD, frameH);
                    java.awt.Shape clip = g.getClip();
                    g.setClip(new RoundRectangle2D.Float(frame.x, frame.y, frame.width, frame.height, 36, 36));
                    cover(g, photo, primary.brighter(), frame);
                    g.setClip(clip);
                    g.setColor(accent);
                    g.setStroke(new BasicStroke(6));
                    g.draw(new RoundRectangle2D.Float(frame.x, frame.y, frame.width, frame.height, 36, 36));
                    box = new Rectangle(PAD, frameTop + frameH + 56, w - 2 * PAD, h - frameTop - frameH - 56 - 150);
                    text = Color.WHITE;
                    dateLine(g, s, accent, PAD, h - 110);
                }
            }
            Fitted f = fit(s.headline(), box.width, box.height);
            Rectangle drawn = drawHeadline(g, f, box, text, layout == CardLayout.OVERLAY);
            if (layout == CardLayout.OVERLAY) {
                g.setColor(accent);
                g.fillRect(PAD, drawn.y - 34, 140, 10);
            }
            return new Drawn(img, box, drawn, f);
        } finally {
            g.dispose();
        }
    }

    /** Largest size at which the headline fits the box, wrapping at spaces; refuses when none does. */
    public static Fitted fit(String headline, int width, int height) {
        String text = headline == null ? "" : headline.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("error.publish.headlineMissing");
        }
        for (float size = MAX_HEADLINE_PT; size >= MIN_HEADLINE_PT; size -= 2) {
            Font font = Fonts.awt(Fonts.SANS_BOLD, size);
            List<String> lines = wrap(text, font, width);
            if (lines == null) {
                continue;
            }
            int lineHeight = Math.round(size * 1.18f);
            int textHeight = lineHeight * lines.size();
            if (textHeight <= height) {
                int widest = 0;
                for (String l : lines) {
                    widest = Math.max(widest, (int) Math.ceil(font.getStringBounds(l, FRC).getWidth()));
                }
                return new Fitted(lines, size, lineHeight, widest, textHeight);
            }
        }
        throw new UserFacingException("error.publish.headlineTooLong", text.codePointCount(0, text.length()));
    }

    /** Greedy word wrap; null when a single word is wider than the box. */
    private static List<String> wrap(String text, Font font, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (font.getStringBounds(word, FRC).getWidth() > width) {
                return null;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringBounds(candidate, FRC).getWidth() <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Rectangle drawHeadline(Graphics2D g, Fitted f, Rectangle box, Color colour, boolean bottom) {
        Font font = Fonts.awt(Fonts.SANS_BOLD, f.size());
        g.setFont(font);
        g.setColor(colour);
        java.awt.FontMetrics fm = g.getFontMetrics();
        int top = bottom ? box.y + box.height - f.height() : box.y;
        int y = top;
        for (String line : f.lines()) {
            g.drawString(line, box.x, y + fm.getAscent() - (fm.getAscent() + fm.getDescent() - f.lineHeight()) / 2);
            y += f.lineHeight();
        }
        return new Rectangle(box.x, top, f.width(), f.height());
    }

    private static void header(Graphics2D g, ReleaseSheet s, BufferedImage logo, Color colour, int w) {
        int x = PAD;
        if (logo != null) {
            int lh = 96;
            int lw = (int) Math.round(logo.getWidth() * (lh / (double) logo.getHeight()));
            g.drawImage(logo, x, 52, lw, lh, null);
            x += lw + 24;
        }
        officeName(g, s, colour, x, 52, w - PAD - x, 96, 2);
    }

    private static void footer(Graphics2D g, ReleaseSheet s, BufferedImage logo, Color accent, Color colour, int y,
            int w) {
        int x = PAD;
        if (logo != null) {
            int lh = 76;
            int lw = (int) Math.round(logo.getWidth() * (lh / (double) logo.getHeight()));
            g.drawImage(logo, x, y, lw, lh, null);
            x += lw + 22;
        }
        officeName(g, s, colour, x, y, w - PAD - x, 40, 1);
        g.setFont(Fonts.awt(Fonts.SANS_BOLD, 26));
        g.setColor(accent);
        g.drawString(s.dateText(), x, y + 68);
    }

    private static void officeName(Graphics2D g, ReleaseSheet s, Color colour, int x, int y, int width, int height,
            int maxLines) {
        String name = s.identity().officeName();
        float size = 30;
        Font font = Fonts.awt(Fonts.SANS_BOLD, size);
        List<String> lines = wrap(name, font, width);
        while ((lines == null || lines.size() > maxLines) && size > 16) {
            size -= 1;
            font = Fonts.awt(Fonts.SANS_BOLD, size);
            lines = wrap(name, font, width);
        }
        if (lines == null) {
            return;
        }
        g.setFont(font);
        g.setColor(colour);
        int lh = Math.round(size * 1.2f);
        int shown = Math.min(maxLines, lines.size());
        int top = y + Math.max(0, (height - lh * shown) / 2);
        for (int i = 0; i < shown; i++) {
            g.drawString(lines.get(i), x, top + lh * i + Math.round(size));
        }
    }

    private static void dateLine(Graphics2D g, ReleaseSheet s, Color accent, int x, int y) {
        g.setFont(Fonts.awt(Fonts.SANS_BOLD, 28));
        g.setColor(accent);
        g.drawString(s.dateText(), x, y + 30);
    }

    /** Fills the area with the photo, cropped to cover it; a colour gradient when there is no photo. */
    private static void cover(Graphics2D g, BufferedImage photo, Color fallback, Rectangle r) {
        if (photo == null) {
            g.setPaint(new GradientPaint(r.x, r.y, fallback.brighter(), r.x + r.width, r.y + r.height,
                    fallback.darker()));
            g.fill(r);
            g.setComposite(AlphaComposite.SrcOver);
            return;
        }
        double scale = Math.max(r.width / (double) photo.getWidth(), r.height / (double) photo.getHeight());
        int dw = (int) Math.ceil(photo.getWidth() * scale);
        int dh = (int) Math.ceil(photo.getHeight() * scale);
        java.awt.Shape clip = g.getClip();
        g.clip(r);
        g.drawImage(photo, r.x + (r.width - dw) / 2, r.y + (r.height - dh) / 2, dw, dh, null);
        g.setClip(clip);
    }

    private static BufferedImage firstPhoto(ReleaseSheet s) {
        for (ReleaseSheet.SheetPhoto p : s.photos()) {
            BufferedImage img = read(p.file());
            if (img != null) {
                return img;
            }
        }
        return null;
    }

    private static BufferedImage read(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Picture unreadable: " + file, e);
            return null;
        }
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
